/**
 * The explorer's pages: every explorer URL answers the single-page application built from
 * {@code frontend/}.
 */
package org.policylineage.web.explorer;
