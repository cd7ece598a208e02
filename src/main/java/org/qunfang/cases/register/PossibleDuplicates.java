package org.qunfang.cases.register;

import java.util.List;

import org.qunfang.platform.ConflictException;

/**
 * Registration paused: cases that may be the same one are already in the register. The person looks at
 * them and either drops the entry or registers it all the same.
 */
public class PossibleDuplicates extends ConflictException {

	private static final long serialVersionUID = 1L;

	private final transient List<DuplicateCheck.Candidate> candidates;

	public PossibleDuplicates(List<DuplicateCheck.Candidate> candidates) {
		super("error.case.possible-duplicate", candidates.size());
		this.candidates = List.copyOf(candidates);
	}

	public List<DuplicateCheck.Candidate> candidates() {
		return candidates;
	}

	@Override
	public java.util.Map<String, Object> properties() {
		return java.util.Map.of("duplicates", candidates);
	}
}
