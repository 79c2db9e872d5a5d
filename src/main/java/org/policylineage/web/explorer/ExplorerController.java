package org.policylineage.web.explorer;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the explorer's single page for the root and every /explore/... path, so each explorer URL
 * can be bookmarked, shared and reached by the redirect of an /id/... IRI; the page routes itself.
 */
@Controller
class ExplorerController {
    static final String PAGE = "forward:/index.html";

    @GetMapping({"/", "/explore", "/explore/**"})
    String page() {
        return PAGE;
    }
}
