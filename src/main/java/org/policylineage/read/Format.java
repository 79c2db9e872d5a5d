package org.policylineage.read;

/** The formats a document is read from, each with its media type; decided from the bytes, never the file name. */
public enum Format {
    TEXT("text/plain", "plain text", false),
    HTML("text/html", "web page", false),
    PDF("application/pdf", "PDF", true),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (.docx)", false),
    /** Word 97-2003; WPS Office's .wps files share its binary layout and are read as one. */
    DOC("application/msword", "Word 97-2003 or WPS (.doc, .wps)", false),
    OFD("application/ofd", "OFD (GB/T 33190)", true),
    PNG("image/png", "PNG image", true),
    JPEG("image/jpeg", "JPEG image", true),
    TIFF("image/tiff", "TIFF image", true);

    private final String mediaType;
    private final String label;
    private final boolean paged;

    Format(String mediaType, String label, boolean paged) {
        this.mediaType = mediaType;
        this.label = label;
        this.paged = paged;
    }

    public String mediaType() { return mediaType; }
    public String label() { return label; }
    /** Whether the format has pages a quote can point to. Word files are paginated only when laid out, so no. */
    public boolean paged() { return paged; }
    public boolean image() { return this == PNG || this == JPEG || this == TIFF; }

    /** The format of a media type as recorded; TEXT for one this enum does not know. */
    public static Format ofMediaType(String mediaType) {
        for (Format f : values()) if (f.mediaType.equals(mediaType)) return f;
        return TEXT;
    }
}
