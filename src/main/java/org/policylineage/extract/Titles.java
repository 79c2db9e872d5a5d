package org.policylineage.extract;

import org.policylineage.text.TextNormaliser;

/** Title normalisation, so one document cited in two spellings resolves to one node. */
public final class Titles {
    private Titles() {}

    public static String normalise(String title) {
        String t = TextNormaliser.normaliseFragment(title);
        return t.replaceAll("[《》〈〉\\s]", "")
                .replace('“', '"').replace('”', '"').replace('「', '"').replace('」', '"')
                .replace("\"", "");
    }
}
