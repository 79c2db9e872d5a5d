package org.policylineage.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import org.policylineage.extract.DocNumber;

/** Readable IRI path segments: Chinese in pinyin without tones, words joined by hyphens. */
public final class Slugs {
    private static final int MAX_LENGTH = 90;
    private static final int ISSUER_HASH = 5;

    private Slugs() {}

    /**
     * The slug a 文号 had before document IRIs followed {@link DocumentPaths}: 苏政办发〔2022〕21号 →
     * su-zheng-ban-fa-abb2a-2022-21, a short hash of the issuer code after its pinyin. Kept only to
     * answer such an IRI with a redirect to the document's present one.
     */
    public static String former(DocNumber number) {
        return pinyin(number.issuerCode()) + "-" + hash(number.issuerCode(), ISSUER_HASH) + "-" + number.year() + "-" + number.serial();
    }

    /**
     * A slug for any text; long texts are cut at a word and made unique with a short hash of the whole.
     * A document's title had this slug before {@link DocumentPaths}.
     */
    public static String of(String text) {
        String slug = pinyin(text);
        if (slug.length() <= MAX_LENGTH) return slug.isEmpty() ? "x-" + hash(text, 8) : slug;
        return title(text) + "-" + hash(text, 8);
    }

    /** A title in pinyin, cut at a word when long; no hash: with issuer and date beside it, it names a document. */
    public static String title(String text) {
        String slug = pinyin(text);
        if (slug.length() <= MAX_LENGTH) return slug;
        int cut = slug.lastIndexOf('-', MAX_LENGTH - 9);
        return slug.substring(0, cut > 0 ? cut : MAX_LENGTH - 9);
    }

    static String pinyin(String text) {
        List<Pinyin> syllables = HanLP.convertToPinyinList(text);
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Pinyin p = i < syllables.size() ? syllables.get(i) : Pinyin.none5;
            String word;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && p != Pinyin.none5) {
                word = p.getPinyinWithoutTone().replace("ü", "v");
            } else if (c < 0x80 && Character.isLetterOrDigit(c)) {
                if (out.length() > 0 && !dash && isAsciiAlnum(out.charAt(out.length() - 1)) && isAsciiAlnum(c)
                        && (i == 0 || text.charAt(i - 1) < 0x80)) {
                    out.append(Character.toLowerCase(c));
                    continue;
                }
                word = String.valueOf(Character.toLowerCase(c));
            } else {
                dash = out.length() > 0;
                continue;
            }
            if (out.length() > 0) out.append('-');
            out.append(word);
            dash = false;
        }
        return out.toString();
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    public static String hash(String text, int hexChars) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, hexChars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
