package org.qunfang.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.ForbiddenException;
import org.qunfang.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors on web pages become the friendly error page, in the reader's language, never a stack trace.
 * Page controllers handle the refusals they expect themselves (re-showing the form); this catches the rest.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	private final MessageSource messages;
	private final ProblemWriter problems;

	PageErrors(MessageSource messages, ProblemWriter problems) {
		this.messages = messages;
		this.problems = problems;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		return page(HttpStatus.NOT_FOUND, "error.not-found");
	}

	/** No page or file at this path; under the API the answer is a problem detail, not a page. */
	@ExceptionHandler(NoResourceFoundException.class)
	ModelAndView noSuchPath(jakarta.servlet.http.HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + ApiController.ROOT + "/")) {
			problems.write(response, HttpStatus.NOT_FOUND, "not-found", "error.not-found", LocaleContextHolder.getLocale());
			return null;
		}
		ModelAndView mav = page(HttpStatus.NOT_FOUND, "error.no-such-page");
		mav.addObject("status", 404);
		return mav;
	}

	@ExceptionHandler({ ForbiddenException.class, AccessDeniedException.class })
	ModelAndView forbidden() {
		return page(HttpStatus.FORBIDDEN, "error.forbidden");
	}

	/** An upload over the limit is refused before any controller sees it; API callers get a problem detail. */
	@ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + ApiController.ROOT + "/")) {
			problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "too-large", "error.upload.too-large",
					LocaleContextHolder.getLocale());
			return null;
		}
		return page(HttpStatus.CONTENT_TOO_LARGE, "error.upload.too-large");
	}

	/**
	 * A parameter a person could have typed (a date in the address, a number) that does not read as its
	 * kind: a 400 page naming it, not an internal error.
	 */
	@ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
	ModelAndView badParameter(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e) {
		ModelAndView mav = page(HttpStatus.BAD_REQUEST, "error.bad-request");
		mav.addObject("detail", messages.getMessage("error.bad-parameter", new Object[] { e.getName(),
				String.valueOf(e.getValue()) }, LocaleContextHolder.getLocale()));
		return mav;
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView refused(DomainException e) {
		ModelAndView mav = page(HttpStatus.UNPROCESSABLE_CONTENT, "error.refused");
		mav.addObject("detail",
				messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale()));
		return mav;
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception e) throws Exception {
		if (e instanceof org.springframework.web.ErrorResponse) {
			throw e; // let Spring MVC answer its own 4xx (method not allowed, bad parameter) through /error
		}
		log.error("Unexpected error on a page", e);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal");
	}

	private static ModelAndView page(HttpStatus status, String messageKey) {
		ModelAndView mav = new ModelAndView("error");
		mav.setStatus(status);
		mav.addObject("status", status.value());
		mav.addObject("messageKey", messageKey);
		return mav;
	}
}
