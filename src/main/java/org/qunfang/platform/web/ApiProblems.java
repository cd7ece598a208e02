package org.qunfang.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.qunfang.platform.ConflictException;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.ForbiddenException;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.RefusalException;
import org.qunfang.platform.publicform.TooManyAttempts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the JSON API as RFC 9457 problem details, with the title and detail in the caller's
 * language and one entry per rejected field. A stack trace never leaves the server.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(0)
class ApiProblems {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "not-found", e);
	}

	@ExceptionHandler(ForbiddenException.class)
	ProblemDetail forbidden(ForbiddenException e) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", e);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException e) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", new ForbiddenException("error.forbidden"));
	}

	@ExceptionHandler({ ConflictException.class })
	ProblemDetail conflict(ConflictException e) {
		return problem(HttpStatus.CONFLICT, "conflict", e);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
		return problem(HttpStatus.CONFLICT, "conflict", new ConflictException("error.concurrent-change"));
	}

	@ExceptionHandler(TooManyAttempts.class)
	ProblemDetail tooMany(TooManyAttempts e) {
		return problem(HttpStatus.TOO_MANY_REQUESTS, "too-many", e);
	}

	@ExceptionHandler(DomainException.class)
	ProblemDetail rule(DomainException e) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule", e);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException e) {
		return fieldProblem(e.getBindingResult().getFieldErrors());
	}

	@ExceptionHandler(BindException.class)
	ProblemDetail invalidBinding(BindException e) {
		return fieldProblem(e.getBindingResult().getFieldErrors());
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ProblemDetail invalidParameters(HandlerMethodValidationException e) {
		List<Map<String, String>> errors = e.getParameterValidationResults().stream()
			.flatMap(r -> r.getResolvableErrors().stream()
				.map(err -> Map.of("field", r.getMethodParameter().getParameterName() == null ? ""
						: r.getMethodParameter().getParameterName(),
						"message", messages.getMessage(err, locale()))))
			.toList();
		ProblemDetail problem = base(HttpStatus.BAD_REQUEST, "validation", text("error.validation"));
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class })
	ProblemDetail unreadable(Exception e) {
		log.debug("unreadable request: {}", e.getMessage());
		return base(HttpStatus.BAD_REQUEST, "unreadable", text("error.unreadable"));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ProblemDetail method(HttpRequestMethodNotSupportedException e) {
		return base(HttpStatus.METHOD_NOT_ALLOWED, "method", text("error.method"));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
		return base(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media-type", text("error.media-type"));
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception e) {
		log.error("Unexpected error in API call", e);
		return base(HttpStatus.INTERNAL_SERVER_ERROR, "internal", text("error.internal"));
	}

	private ProblemDetail fieldProblem(List<FieldError> fieldErrors) {
		ProblemDetail problem = base(HttpStatus.BAD_REQUEST, "validation", text("error.validation"));
		problem.setProperty("errors", fieldErrors.stream()
			.map(f -> Map.of("field", f.getField(), "message", messages.getMessage(f, locale())))
			.toList());
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String type, RefusalException e) {
		ProblemDetail problem = base(status, type, messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale()));
		e.properties().forEach(problem::setProperty);
		return problem;
	}

	private ProblemDetail base(HttpStatus status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(ProblemWriter.TYPE_BASE + type));
		problem.setTitle(text("problem.title." + type));
		return problem;
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
