package org.qunfang.cases.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.qunfang.cases.inspection.Upload;
import org.springframework.web.multipart.MultipartFile;

/** Files of a form or API request as uploads; file inputs left empty are no upload. */
public final class Uploads {

	private Uploads() {
	}

	public static List<Upload> of(List<MultipartFile> files) {
		return files == null ? List.of() : files.stream().filter(f -> f != null && !f.isEmpty()).map(Uploads::of).toList();
	}

	/** One file, or {@code null} when none was sent. */
	public static Upload one(MultipartFile file) {
		return file == null || file.isEmpty() ? null : of(file);
	}

	private static Upload of(MultipartFile file) {
		try {
			return new Upload(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}
}
