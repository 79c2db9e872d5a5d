package org.policylineage.query;

import java.math.BigDecimal;
import java.util.Map;

import org.apache.jena.rdf.model.RDFNode;

/** One solution of a SELECT query, read as plain Java values; an unbound variable reads as null. */
public record Row(Map<String, RDFNode> values) {

    public String string(String var) {
        RDFNode n = values.get(var);
        if (n == null) return null;
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    public Integer integer(String var) {
        String s = string(var);
        return s == null || s.isEmpty() ? null : (int) Double.parseDouble(s);
    }

    public BigDecimal decimal(String var) {
        String s = string(var);
        return s == null || s.isEmpty() ? null : new BigDecimal(s).stripTrailingZeros();
    }

    public Double number(String var) {
        String s = string(var);
        return s == null || s.isEmpty() ? null : Double.valueOf(s);
    }

    public boolean bool(String var) {
        return "true".equals(string(var));
    }

    public boolean has(String var) {
        return values.get(var) != null;
    }
}
