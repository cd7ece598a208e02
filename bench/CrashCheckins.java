import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client of bench/crash-checkins.sh: WORKERS threads send check-ins with keys of their own for SECONDS
 * seconds. A check-in the server acknowledged (2xx) is logged as "key id" at once; one that failed (the
 * server was killed, refused the connection, answered 5xx) is sent again with the same key until it is
 * acknowledged, so every key ends either acknowledged or pending at the deadline.
 * Usage: java CrashCheckins.java BASE API_TOKEN CHECKPOINT_TOKEN SECONDS WORKERS ACK_LOG
 */
public class CrashCheckins {

	private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

	public static void main(String[] args) throws Exception {
		String base = args[0], apiToken = args[1], checkpoint = args[2];
		long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[3])).toNanos();
		int workers = Integer.parseInt(args[4]);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		AtomicLong acked = new AtomicLong(), replayed = new AtomicLong(), retries = new AtomicLong(), pending = new AtomicLong(),
				refused = new AtomicLong();
		try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(Path.of(args[5])))) {
			Thread[] threads = new Thread[workers];
			for (int w = 0; w < workers; w++) {
				int worker = w;
				threads[w] = Thread.ofPlatform().start(() -> {
					for (long n = 0; System.nanoTime() < deadline; n++) {
						String key = "crash-" + worker + "-" + n;
						String body = "{\"token\":\"" + checkpoint + "\",\"clientKey\":\"" + key + "\",\"clientTime\":\""
								+ Instant.now() + "\"}";
						boolean done = false;
						while (!done && System.nanoTime() < deadline) {
							try {
								HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/patrol/checkins"))
									.timeout(Duration.ofSeconds(5)).header("Authorization", "Bearer " + apiToken)
									.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
										HttpResponse.BodyHandlers.ofString());
								if (answer.statusCode() / 100 == 2) {
									Matcher id = ID.matcher(answer.body());
									id.find();
									synchronized (log) {
										log.println(key + " " + id.group(1));
										log.flush();
									}
									acked.incrementAndGet();
									if (answer.body().contains("\"replayed\":true")) {
										replayed.incrementAndGet();
									}
									done = true;
								}
								else if (answer.statusCode() / 100 == 4) {
									refused.incrementAndGet();
									System.err.println(key + " refused " + answer.statusCode() + " " + answer.body());
									done = true;
								}
								else {
									retries.incrementAndGet();
									pause();
								}
							}
							catch (IOException | InterruptedException down) {
								retries.incrementAndGet();
								pause();
							}
						}
						if (!done) {
							pending.incrementAndGet();
						}
					}
				});
			}
			for (Thread t : threads) {
				t.join();
			}
		}
		System.out.printf("client: acknowledged %d (of which replayed %d), retries %d, refused %d, pending at the deadline %d%n",
				acked.get(), replayed.get(), retries.get(), refused.get(), pending.get());
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
