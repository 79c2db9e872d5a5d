package org.policylineage.web.explorer;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * The explorer's scripts and styles: the build names each file by a hash of its content, so a browser may keep one
 * for a year and never ask again; a new build names its files anew. The page that names them (index.html) is not
 * among them and is asked for each time.
 */
@Configuration(proxyBeanMethods = false)
class ExplorerAssets implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**").addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                // The build's .gz beside each script and style, to a browser that accepts gzip: compressed once, not per request.
                .resourceChain(true).addResolver(new EncodedResourceResolver()).addResolver(new PathResourceResolver());
    }
}
