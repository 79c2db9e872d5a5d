package org.policylineage.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Reads the bytes of a source file as text: detects UTF-8, UTF-16 and GB18030, refuses binary, unwraps HTML. */
public final class SourceDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^\\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[ >])");

    private SourceDecoder() {}

    public static DecodedSource decode(byte[] bytes) throws UnreadableSourceException {
        if (bytes.length == 0) {
            throw new UnreadableSourceException("the file is empty");
        }
        String encoding;
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            encoding = "UTF-8";
            text = strict(bytes, 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            encoding = "UTF-16LE";
            text = strict(bytes, 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            encoding = "UTF-16BE";
            text = strict(bytes, 2, StandardCharsets.UTF_16BE);
        } else if (looksLikeUtf16(bytes, true)) {
            encoding = "UTF-16LE";
            text = strict(bytes, 0, StandardCharsets.UTF_16LE);
        } else if (looksLikeUtf16(bytes, false)) {
            encoding = "UTF-16BE";
            text = strict(bytes, 0, StandardCharsets.UTF_16BE);
        } else if ((text = strict(bytes, 0, StandardCharsets.UTF_8)) != null && text.indexOf('\0') < 0) {
            encoding = "UTF-8";
        } else if ((text = utf16ByItsCharacters(bytes, StandardCharsets.UTF_16LE)) != null) {
            encoding = "UTF-16LE";
        } else if ((text = utf16ByItsCharacters(bytes, StandardCharsets.UTF_16BE)) != null) {
            encoding = "UTF-16BE";
        } else if (truncatedUtf8(bytes)) {
            throw new UnreadableSourceException("the file is truncated: it ends in the middle of a UTF-8 character");
        } else if ((text = strict(bytes, 0, GB18030)) != null) {
            encoding = "GB18030";
        } else {
            throw new UnreadableSourceException(
                    "the file is not text in UTF-8, UTF-16 or GB18030 (it may be binary or truncated mid-character)");
        }
        if (text == null) {
            throw new UnreadableSourceException("the file declares " + encoding + " but is not valid " + encoding);
        }
        if (isBinary(text)) {
            throw new UnreadableSourceException("the file is binary, not text");
        }
        if (text.isBlank()) {
            throw new UnreadableSourceException("the file holds only white space");
        }
        if (HTML_START.matcher(text).find()) {
            return new DecodedSource(htmlToText(text), encoding, true);
        }
        return new DecodedSource(text, encoding, false);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    /** UTF-16 without a BOM: ASCII characters leave a zero byte on every other position. */
    private static boolean looksLikeUtf16(byte[] bytes, boolean littleEndian) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 4) return false;
        int zerosHere = 0, zerosThere = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i + (littleEndian ? 1 : 0)] == 0) zerosHere++;
            if (bytes[i + (littleEndian ? 0 : 1)] == 0) zerosThere++;
        }
        return zerosHere > n / 8 && zerosThere == 0;
    }

    /** Share of a text's characters that must be Chinese, punctuation or printable ASCII for it to be read as UTF-16. */
    private static final double UTF16_PLAUSIBLE = 0.9;

    /**
     * UTF-16 without a BOM whose text is mostly Chinese: too few ASCII characters leave zero bytes for
     * {@link #looksLikeUtf16}, and a character like 一 (U+4E00) puts a zero on the other side too. Read
     * in the right byte order, nearly every character is a CJK ideograph, CJK or full-width
     * punctuation, or printable ASCII; read in the wrong one, about a third are. Tried only on bytes
     * that are not UTF-8 (or are UTF-8 only with NUL characters), so a plain ASCII file, whose byte
     * pairs read as ideographs, is never taken for UTF-16.
     */
    private static String utf16ByItsCharacters(byte[] bytes, Charset charset) {
        if (bytes.length < 4 || bytes.length % 2 != 0) return null;
        int n = Math.min(bytes.length, 1 << 16);
        // The head only, leniently: a character cut at its end is one implausible character, not a failure.
        String head = new String(bytes, 0, n, charset);
        int plausible = 0, ideographs = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            boolean ideograph = c >= 0x4E00 && c <= 0x9FFF;
            if (ideograph) ideographs++;
            if (ideograph || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF || c >= 0x20 && c < 0x7F
                    || c == '\n' || c == '\r' || c == '\t' || c == 0x2014 || c == 0x2026 || c >= 0x2018 && c <= 0x201D) {
                plausible++;
            }
        }
        if (ideographs == 0 || plausible < UTF16_PLAUSIBLE * head.length()) return null;
        return strict(bytes, 0, charset);
    }

    /** UTF-8 throughout but for an incomplete character at the very end: a file cut short. */
    private static boolean truncatedUtf8(byte[] bytes) {
        for (int cut = 1; cut <= 3 && cut < bytes.length; cut++) {
            if ((bytes[bytes.length - cut] & 0xC0) == 0xC0) {
                byte[] head = java.util.Arrays.copyOf(bytes, bytes.length - cut);
                return strict(head, 0, StandardCharsets.UTF_8) != null;
            }
        }
        return false;
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isBinary(String text) {
        int n = Math.min(text.length(), 65536);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) return true;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
            if (c == '\uFFFD') control++;
        }
        return control > Math.max(2, n / 100);
    }

    /**
     * The visible text of a page, one block element per line, so the normaliser sees its paragraphs; a table's
     * cell ends with a bar (全员劳动生产率 |), as pages copied from the web show tables, so its rows stay readable.
     */
    static String htmlToText(String html) {
        Document page = Jsoup.parse(html);
        page.select("script, style, noscript, template").remove();
        StringBuilder out = new StringBuilder();
        page.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText());
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && (e.normalName().equals("td") || e.normalName().equals("th"))) out.append(" |");
                if (node instanceof Element e && e.isBlock()) out.append('\n');
            }
        });
        return out.toString();
    }
}
