package org.qunfang.platform.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.qunfang.platform.web.ApiController;
import org.qunfang.platform.web.ProblemWriter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on API POSTs. The same key with the same request returns the first answer
 * (marked {@code Idempotent-Replayed: true}); the same key with another request is refused with 422; a
 * duplicate that arrives while the first is still running waits for it and gets its answer, or 409 if
 * the first is still running after a few rounds of the configured wait ({@code qunfang.idempotency.wait};
 * at most about six times it). Only successful answers are remembered: a refused
 * request wrote nothing and may be sent again.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

	public static final String HEADER = "Idempotency-Key";
	private static final int MAX_KEY_LENGTH = 200;
	private static final int MAX_ATTEMPTS = 3;

	private final IdempotencyStore store;
	private final PlatformTransactionManager transactions;
	private final ProblemWriter problems;
	private final Duration wait;

	IdempotencyFilter(IdempotencyStore store, PlatformTransactionManager transactions, ProblemWriter problems,
			Duration wait) {
		this.store = store;
		this.transactions = transactions;
		this.problems = problems;
		this.wait = wait;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| !request.getRequestURI().startsWith(request.getContextPath() + ApiController.ROOT + "/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER).strip();
		if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
			problem(response, HttpStatus.BAD_REQUEST, "error.idempotency.key-invalid");
			return;
		}
		CachedBodyRequest cached = new CachedBodyRequest(request);
		String owner = request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
		String hash = hash(request, cached.body());

		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			Optional<IdempotencyRecord> earlier = store.find(owner, key);
			if (earlier.isPresent()) {
				answerFrom(earlier.get(), hash, response);
				return;
			}
			TransactionStatus tx = transactions.getTransaction(new DefaultTransactionDefinition());
			try {
				store.claim(owner, key, hash, wait);
			}
			catch (DataAccessException taken) {
				transactions.rollback(tx);
				Optional<IdempotencyRecord> first = awaitFirst(owner, key);
				if (first.isPresent()) {
					answerFrom(first.get(), hash, response);
					return;
				}
				continue; // the first request was refused and wrote nothing: claim the key again
			}
			ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
			try {
				chain.doFilter(cached, wrapper);
				if (wrapper.getStatus() < 400 && !tx.isRollbackOnly()) {
					store.complete(owner, key, wrapper.getStatus(), wrapper.getContentType(),
							wrapper.getContentAsByteArray());
					transactions.commit(tx);
				}
				else {
					transactions.rollback(tx);
				}
			}
			catch (IOException | ServletException | RuntimeException failure) {
				if (!tx.isCompleted()) {
					transactions.rollback(tx);
				}
				throw failure;
			}
			wrapper.copyBodyToResponse();
			return;
		}
		problem(response, HttpStatus.CONFLICT, "error.idempotency.in-progress");
	}

	/** Another request holds the key: wait (bounded) until its answer is committed. */
	private Optional<IdempotencyRecord> awaitFirst(String owner, String key) {
		long deadline = System.nanoTime() + wait.toNanos();
		Optional<IdempotencyRecord> first = store.find(owner, key);
		while (first.isEmpty() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(25);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				break;
			}
			first = store.find(owner, key);
		}
		return first;
	}

	private void answerFrom(IdempotencyRecord earlier, String hash, HttpServletResponse response) throws IOException {
		if (!earlier.requestHash().equals(hash)) {
			problem(response, HttpStatus.UNPROCESSABLE_CONTENT, "error.idempotency.key-reused");
			return;
		}
		if (!earlier.completed()) {
			problem(response, HttpStatus.CONFLICT, "error.idempotency.in-progress");
			return;
		}
		response.setStatus(earlier.status());
		if (earlier.contentType() != null) {
			response.setContentType(earlier.contentType());
		}
		response.setHeader("Idempotent-Replayed", "true");
		if (earlier.body() != null) {
			response.getOutputStream().write(earlier.body());
		}
	}

	private void problem(HttpServletResponse response, HttpStatus status, String messageKey) throws IOException {
		problems.write(response, status, "idempotency", messageKey, LocaleContextHolder.getLocale());
	}

	private static String hash(HttpServletRequest request, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((request.getMethod() + " " + request.getRequestURI() + "?"
					+ (request.getQueryString() == null ? "" : request.getQueryString()) + "\n")
				.getBytes(StandardCharsets.UTF_8));
			digest.update(body);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
