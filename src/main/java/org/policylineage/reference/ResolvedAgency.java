package org.policylineage.reference;

/** An agency name as written, resolved to a function in a region. */
public record ResolvedAgency(AgencyFunction function, Region region, String asWritten) {

    /** Identity of the agency: the same body however it is written. */
    public String key() { return region.slug() + "/" + function.code(); }

    public String fullName() { return function.nameIn(region); }
}
