package org.policylineage.extract;

import java.math.BigDecimal;
import java.util.Optional;

import org.policylineage.reference.Region;

/**
 * A target read from a measure: a value to reach (quantitative) or a dated commitment (milestone).
 *
 * @param indicatorAsWritten the quantity as the text names it (全市绿色食品认证证书)
 * @param indicator          the normalised name that identifies the indicator across documents
 * @param certificateType    IRI of the certificate type the indicator counts, if any
 * @param comparator         one of >=, >, <=, <, ~, = (null for a milestone)
 * @param direction          decrease or increase for a relative target, else null
 * @param start              normalised offset of the clause quoted as evidence
 */
public record TargetRecord(String indicatorAsWritten, String indicator, Optional<String> certificateType,
                           BigDecimal value, BigDecimal upperValue, String unit, String comparator,
                           boolean aspirational, Integer deadlineYear, Integer baselineYear, String direction,
                           Optional<Region> scope, int start, int end) {

    public boolean isMilestone() { return value == null; }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().indicatorAsWritten(indicatorAsWritten).indicator(indicator)
                .certificateType(certificateType).value(value).upperValue(upperValue).unit(unit)
                .comparator(comparator).aspirational(aspirational).deadlineYear(deadlineYear)
                .baselineYear(baselineYear).direction(direction).scope(scope).start(start).end(end);
    }

    public static final class Builder {
        private String indicatorAsWritten;
        private String indicator;
        private Optional<String> certificateType = Optional.empty();
        private BigDecimal value;
        private BigDecimal upperValue;
        private String unit;
        private String comparator;
        private boolean aspirational;
        private Integer deadlineYear;
        private Integer baselineYear;
        private String direction;
        private Optional<Region> scope = Optional.empty();
        private int start;
        private int end;

        private Builder() {}

        public Builder indicatorAsWritten(String indicatorAsWritten) {
            this.indicatorAsWritten = indicatorAsWritten;
            return this;
        }

        public Builder indicator(String indicator) {
            this.indicator = indicator;
            return this;
        }

        public Builder certificateType(Optional<String> certificateType) {
            this.certificateType = certificateType;
            return this;
        }

        public Builder value(BigDecimal value) {
            this.value = value;
            return this;
        }

        public Builder upperValue(BigDecimal upperValue) {
            this.upperValue = upperValue;
            return this;
        }

        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        public Builder comparator(String comparator) {
            this.comparator = comparator;
            return this;
        }

        public Builder aspirational(boolean aspirational) {
            this.aspirational = aspirational;
            return this;
        }

        public Builder deadlineYear(Integer deadlineYear) {
            this.deadlineYear = deadlineYear;
            return this;
        }

        public Builder baselineYear(Integer baselineYear) {
            this.baselineYear = baselineYear;
            return this;
        }

        public Builder direction(String direction) {
            this.direction = direction;
            return this;
        }

        public Builder scope(Optional<Region> scope) {
            this.scope = scope;
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

        public TargetRecord build() {
            return new TargetRecord(indicatorAsWritten, indicator, certificateType, value, upperValue, unit, comparator, aspirational, deadlineYear, baselineYear, direction, scope, start, end);
        }
    }
}
