package org.dyad.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups articles into stories online: each article joins the story it is most like, or starts one.
 * From time to time ({@link #consolidate}) the stories that changed are looked at again as a whole.
 */
public interface StoryClusterer {

    /** A story: its id, title and articles, oldest first. */
    record Story(String id, String title, List<String> articles, LocalDate first, LocalDate last) {
    }

    /** Puts an article in the story it is most like, or in a new one, and returns the story's id. */
    String add(String article, String title, LocalDate date, TextFeatures features);

    /** Puts an article in a given story (a copy goes where its original is). */
    void join(String article, String title, LocalDate date, TextFeatures features, String story);

    /** Takes an article out of its story (a replaced article is added again). */
    void remove(String article);

    /**
     * Looks again at the stories changed since the last call: splits a story that holds two distinct
     * ones, moves articles to the story they are now most like, and merges stories that became alike.
     *
     * @return the articles whose story changed, with their new story
     */
    Map<String, String> consolidate();

    /** The story of an article, if it has been added. */
    Optional<String> storyOf(String article);

    Optional<Story> story(String id);
}
