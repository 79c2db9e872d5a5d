/**
 * The command line: picocli commands over the same stages as the service ({@code serve}, {@code ingest},
 * {@code query}, {@code validate}, {@code export}, {@code lineage}). An edge: nothing below depends on it.
 */
package org.policylineage.cli;
