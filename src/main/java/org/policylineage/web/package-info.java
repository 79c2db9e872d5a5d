/**
 * The service: Spring configuration and security, and the seed corpus loaded at start (by ingest.SeedLoader). An edge: the stages below
 * know nothing of Spring; nothing here is reached from them.
 */
package org.policylineage.web;
