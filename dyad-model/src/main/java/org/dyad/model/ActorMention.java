package org.dyad.model;

/**
 * A span of a sentence that the resolver tied to an actor.
 *
 * @param sentence sentence index
 * @param begin    first token
 * @param end      token after the last
 * @param head     the token that heads the mention (the noun the parser attaches)
 * @param actor    what it resolved to
 * @param why      short explanation of the rule that fired, for {@code dyad actors}
 */
public record ActorMention(int sentence, int begin, int end, int head, Actor actor, String why) {

    public boolean covers(int token) {
        return token >= begin && token < end;
    }
}
