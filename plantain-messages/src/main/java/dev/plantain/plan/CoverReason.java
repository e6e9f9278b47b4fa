package dev.plantain.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why a content word of the prompt is covered by no atom: the fixed list of reasons a word may need no check. */
public enum CoverReason {
    /** A description after a linking verb ("were the objects of attention"): it says what the things are, no thing of its own. */
    DESCRIPTION,
    /** A purpose or beneficiary after "for" ("a cake for his birthday"): the picture need not show it. */
    PURPOSE,
    /** An abstract noun that names no visible thing ("attention", "idea"). */
    ABSTRACT,
    /** A word about the picture itself ("photo of", "image of", "scene"), not about what it shows. */
    PICTURE_WORD,
    /** A word that introduces a quoted text ("says", "reading"): the text atom covers what is written. */
    TEXT_CUE,
    /** A degree word that only strengthens another ("very", "really"): the word it strengthens has the atom. */
    INTENSIFIER;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static CoverReason fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
