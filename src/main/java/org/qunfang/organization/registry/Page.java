package org.qunfang.organization.registry;

import java.util.List;

/** One page of a register: its rows, which page (from 0) and how many rows there are in all. */
public record Page<T>(List<T> rows, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
