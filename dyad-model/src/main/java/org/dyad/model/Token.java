package org.dyad.model;

/**
 * A token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param word  surface form
 * @param lemma dictionary form, lower case
 * @param tag   Penn Treebank part-of-speech tag
 * @param ner   named-entity class ({@code PERSON}, {@code LOCATION}, {@code DATE}, ...) or {@code "O"};
 *              {@code "O"} also when NER did not run on the sentence
 * @param begin character offset in the article body
 * @param end   character offset in the article body, exclusive
 */
public record Token(int index, String word, String lemma, String tag, String ner, int begin, int end) {

    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }
}
