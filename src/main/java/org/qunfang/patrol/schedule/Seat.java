package org.qunfang.patrol.schedule;

import java.util.List;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * A seat of a shift, the solver's planning entity: who takes it. Seats past the shift's required staff are
 * extra: left empty unless the risk of the shift's zones and hours is worth a patrol more.
 */
@PlanningEntity
public class Seat {

	@PlanningId
	private String id;
	private PlanShift shift;
	private int index;
	@PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "candidates")
	private PlanMember member;
	@PlanningPin
	private boolean pinned;
	private List<PlanMember> candidates;

	public Seat() {
	}

	public Seat(PlanShift shift, int index, PlanMember member, boolean pinned, List<PlanMember> candidates) {
		this.id = shift.id() + "-" + index;
		this.shift = shift;
		this.index = index;
		this.member = member;
		this.pinned = pinned;
		this.candidates = candidates;
	}

	public String getId() {
		return id;
	}

	public PlanShift getShift() {
		return shift;
	}

	public int getIndex() {
		return index;
	}

	/** Whether the seat is beyond the staff the shift requires. */
	public boolean isExtra() {
		return index >= shift.required();
	}

	public PlanMember getMember() {
		return member;
	}

	public void setMember(PlanMember member) {
		this.member = member;
	}

	public boolean isPinned() {
		return pinned;
	}

	public void setPinned(boolean pinned) {
		this.pinned = pinned;
	}

	/** The members who may take the seat. */
	@ValueRangeProvider(id = "candidates")
	public List<PlanMember> getCandidates() {
		return candidates;
	}

	/** Lets the seat take a member from outside its candidates (an edit the rules then judge). */
	public void allow(PlanMember member) {
		if (!candidates.contains(member)) {
			List<PlanMember> more = new java.util.ArrayList<>(candidates);
			more.add(member);
			candidates = List.copyOf(more);
		}
	}

	@Override
	public String toString() {
		return id + "=" + member;
	}
}
