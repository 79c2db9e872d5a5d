package org.policylineage.extract;

import java.util.List;

import org.policylineage.reference.CertificateTypes;

/**
 * A numbered task clause （三） with what was read from it.
 *
 * @param key           the clause's identity in its document: its ordinal, or section-ordinal where
 *                      numbering restarts in each section
 * @param bodyEnd       where the body ends and the responsibility note begins (equal to end without a note)
 */
public record MeasureRecord(String key, int ordinal, String number, int sectionOrdinal, String heading,
                            int start, int end, int bodyEnd,
                            List<AgencyMention> responsibilities,
                            List<CertificateTypes.Mention> certificateTypes,
                            List<TargetRecord> targets) implements NumberedPart {
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().key(key).ordinal(ordinal).number(number).sectionOrdinal(sectionOrdinal).heading(heading)
                .start(start).end(end).bodyEnd(bodyEnd).responsibilities(responsibilities)
                .certificateTypes(certificateTypes).targets(targets);
    }

    public static final class Builder {
        private String key;
        private int ordinal;
        private String number;
        private int sectionOrdinal;
        private String heading;
        private int start;
        private int end;
        private int bodyEnd;
        private List<AgencyMention> responsibilities;
        private List<CertificateTypes.Mention> certificateTypes;
        private List<TargetRecord> targets;

        private Builder() {}

        public Builder key(String key) {
            this.key = key;
            return this;
        }

        public Builder ordinal(int ordinal) {
            this.ordinal = ordinal;
            return this;
        }

        public Builder number(String number) {
            this.number = number;
            return this;
        }

        public Builder sectionOrdinal(int sectionOrdinal) {
            this.sectionOrdinal = sectionOrdinal;
            return this;
        }

        public Builder heading(String heading) {
            this.heading = heading;
            return this;
        }

        public Builder start(int start) {
            this.start = start;
            return this;
        }

        public Builder end(int end) {
            this.end = end;
            return this;
        }

        public Builder bodyEnd(int bodyEnd) {
            this.bodyEnd = bodyEnd;
            return this;
        }

        public Builder responsibilities(List<AgencyMention> responsibilities) {
            this.responsibilities = responsibilities;
            return this;
        }

        public Builder certificateTypes(List<CertificateTypes.Mention> certificateTypes) {
            this.certificateTypes = certificateTypes;
            return this;
        }

        public Builder targets(List<TargetRecord> targets) {
            this.targets = targets;
            return this;
        }

        public MeasureRecord build() {
            return new MeasureRecord(key, ordinal, number, sectionOrdinal, heading, start, end, bodyEnd, responsibilities, certificateTypes, targets);
        }
    }
}
