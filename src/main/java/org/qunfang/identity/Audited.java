package org.qunfang.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a use-case method that writes: each call lands in the operation log with who, when, what,
 * which record, jurisdiction, outcome and client address. A successful call is logged in the use case's
 * own transaction (so the entry exists exactly when the change does); a refused or failed call is logged
 * in a separate one, since the change rolls back.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Audited {

	/** What was done, as `module.thing.verb` (e.g. {@code identity.user.create}). */
	String value();

	/** The kind of record written (e.g. {@code user}). */
	String target() default "";

	/**
	 * A SpEL expression for the record's id over the method's parameters (by name) and
	 * {@code #result}, e.g. {@code #result} or {@code #userId}.
	 */
	String targetId() default "";
}
