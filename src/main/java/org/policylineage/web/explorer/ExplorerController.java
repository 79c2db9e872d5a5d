package org.policylineage.web.explorer;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves the explorer's single page for the root and every /explore/... path, so each explorer URL
 * can be bookmarked, shared and reached by the redirect of an /id/... IRI; the page routes itself.
 * A resource's page comes with its title, description and RDF alternates already written in
 * ({@link PageHead}), for a crawler or a client that runs no script.
 */
@Controller
class ExplorerController {
    static final String PAGE = "forward:/index.html";

    private final PageHead head;

    ExplorerController(PageHead head) {
        this.head = head;
    }

    @GetMapping({"/", "/explore", "/explore/**"})
    String page(HttpServletRequest request, HttpServletResponse response, @RequestParam(required = false) String iri) throws IOException {
        Optional<String> html = head.page(request.getRequestURI().substring(request.getContextPath().length()), iri);
        if (html.isEmpty()) return PAGE;
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html.get());
        return null; // written: no view
    }
}
