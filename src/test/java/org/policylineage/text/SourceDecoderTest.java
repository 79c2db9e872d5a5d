package org.policylineage.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Encodings are detected and read, not rejected; what is not text is refused with a clear message. */
class SourceDecoderTest {
    private static final String SAMPLE = "连政办发〔2022〕68号\n市政府办公室关于深入推进绿色认证的实施意见\n到2025年，全市绿色食品认证证书达500张。";

    @Test
    void readsUtf8WithAndWithoutBom() throws Exception {
        assertThat(SourceDecoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(SAMPLE);
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SAMPLE.getBytes(StandardCharsets.UTF_8));
        DecodedSource d = SourceDecoder.decode(bom);
        assertThat(d.text()).isEqualTo(SAMPLE);
        assertThat(d.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void readsGb18030AndGbk() throws Exception {
        DecodedSource d = SourceDecoder.decode(SAMPLE.getBytes(Charset.forName("GB18030")));
        assertThat(d.text()).isEqualTo(SAMPLE);
        assertThat(d.encoding()).isEqualTo("GB18030");
        assertThat(SourceDecoder.decode(SAMPLE.getBytes(Charset.forName("GBK"))).text()).isEqualTo(SAMPLE);
    }

    @Test
    void readsUtf16EitherEndianWithOrWithoutBom() throws Exception {
        assertThat(SourceDecoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_16)).text()).isEqualTo(SAMPLE);
        assertThat(SourceDecoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_16LE)).encoding()).isEqualTo("UTF-16LE");
        assertThat(SourceDecoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_16LE)).text()).isEqualTo(SAMPLE);
        assertThat(SourceDecoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo(SAMPLE);
    }

    /**
     * Mostly Chinese, with 一 (U+4E00): too few ASCII characters for zero bytes to tell the byte
     * order, and a zero byte on both sides. Refused as "not text" before it was read by its characters.
     */
    @Test
    void readsMostlyChineseUtf16WithoutBomInEitherByteOrder() throws Exception {
        String chinese = "市政府办公室关于进一步推进绿色认证工作的实施意见\n一、重点任务\n（一）推进绿色认证。积极推行绿色产品认证，"
                + "推动有机产品认证和绿色食品认证，进一步扩大认证覆盖面。（市市场监管局、市农业农村局按职责分工负责）\n";
        for (var charset : java.util.List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
            DecodedSource d = SourceDecoder.decode(chinese.getBytes(charset));
            assertThat(d.text()).as(charset.name()).isEqualTo(chinese);
            assertThat(d.encoding()).isEqualTo(charset.name());
        }
        // Plain ASCII, whose byte pairs would read as ideographs, stays UTF-8.
        assertThat(SourceDecoder.decode("Policy text in plain ASCII letters only.\n".getBytes(StandardCharsets.UTF_8)).encoding())
                .isEqualTo("UTF-8");
    }

    @Test
    void refusesEmptyBinaryAndTruncatedFiles() {
        assertThatThrownBy(() -> SourceDecoder.decode(new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> SourceDecoder.decode("  \n\t ".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("white space");
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i * 37 + 11);
        assertThatThrownBy(() -> SourceDecoder.decode(binary)).isInstanceOf(UnreadableSourceException.class);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> SourceDecoder.decode(png)).hasMessageContaining("binary");
        byte[] utf8 = SAMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(utf8, utf8.length - 1);
        cut = Arrays.copyOf(cut, cut.length); // ends inside 。 (3 bytes)
        byte[] mid = Arrays.copyOf(utf8, utf8.length - 2);
        assertThatThrownBy(() -> SourceDecoder.decode(mid)).hasMessageContaining("truncated");
    }

    @Test
    void unwrapsAnHtmlPage() throws Exception {
        String html = "<!DOCTYPE html><html><head><title>t</title><script>var x='<p>';</script></head><body>"
                + "<div>首页 &gt; 政策</div><p>到2025年，全市绿色食品认证证书达500张。</p></body></html>";
        DecodedSource d = SourceDecoder.decode(html.getBytes(StandardCharsets.UTF_8));
        assertThat(d.html()).isTrue();
        assertThat(d.text()).contains("到2025年，全市绿色食品认证证书达500张。").contains("首页 > 政策").doesNotContain("var x");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
