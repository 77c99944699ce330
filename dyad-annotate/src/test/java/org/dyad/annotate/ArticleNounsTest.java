package org.dyad.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleNounsTest {

    /** Tokens from "word/TAG" pairs. */
    private static List<CoreLabel> tagged(String text) {
        List<CoreLabel> out = new ArrayList<>();
        for (String wt : text.split(" ")) {
            CoreLabel l = new CoreLabel();
            l.setWord(wt.substring(0, wt.lastIndexOf('/')));
            l.setTag(wt.substring(wt.lastIndexOf('/') + 1));
            out.add(l);
        }
        return out;
    }

    private static String tags(List<CoreLabel> tokens) {
        return String.join(" ", tokens.stream().map(CoreLabel::tag).toList());
    }

    @Test
    void baseFormAfterArticleAndAdjectiveBeforeVerbIsNoun() {
        List<CoreLabel> t = tagged("A/DT Turkish/JJ drone/VB struck/VBD a/DT convoy/NN near/IN Qamishli/NNP ./.");
        ArticleNouns.apply(t);
        assertEquals("DT JJ NN VBD DT NN IN NNP .", tags(t));
        List<CoreLabel> bare = tagged("The/DT drone/VB hit/VBN a/DT depot/NN ./.");
        ArticleNouns.apply(bare);
        assertEquals("DT NN VBN DT NN .", tags(bare));
        List<CoreLabel> compound = tagged("the/DT Israeli/JJ drone/VB attack/NN killed/VBD two/CD ./.");
        ArticleNouns.apply(compound);
        assertEquals("DT JJ NN NN VBD CD .", tags(compound), "a mistagged noun inside a compound");
    }

    @Test
    void subjunctiveAndInfinitiveVerbsStay() {
        List<CoreLabel> t = tagged("demanded/VBD that/IN the/DT army/NN withdraw/VB deployed/VBN troops/NNS ./.");
        ArticleNouns.apply(t);
        assertEquals("VBD IN DT NN VB VBN NNS .", tags(t));
        List<CoreLabel> barred = tagged("demanded/VBD that/IN the/DT IAEA/NNP be/VB barred/VBN ./.");
        ArticleNouns.apply(barred);
        assertEquals("VBD IN DT NNP VB VBN .", tags(barred));
        List<CoreLabel> named = tagged("insisted/VBD that/IN the/DT OSCE/NNP monitor/VB reported/VBN votes/NNS ./.");
        ArticleNouns.apply(named);
        assertEquals("VBD IN DT NNP VB VBN NNS .", tags(named), "a subjunctive after 'that'");
        List<CoreLabel> to = tagged("agreed/VBD to/TO withdraw/VB ,/, officials/NNS said/VBD ./.");
        ArticleNouns.apply(to);
        assertEquals("VBD TO VB , NNS VBD .", tags(to));
        List<CoreLabel> object = tagged("let/VB the/DT Iraqi/JJ army/NN decide/VB ./.");
        ArticleNouns.apply(object);
        assertEquals("VB DT JJ NN VB .", tags(object));
    }
}
