package org.qunfang.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A JSON controller under {@code /api/v1}: errors become problem details, and the path given here is
 * relative to the API root, so the version lives in one place.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
@RequestMapping
public @interface ApiController {

	String ROOT = "/api/v1";

	@AliasFor(annotation = RequestMapping.class, attribute = "path")
	String[] value() default {};
}
