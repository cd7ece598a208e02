package org.qunfang.patrol.schedule;

import java.util.List;

import org.qunfang.platform.DomainException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An edit refused because it breaks rules of the schedule; {@link #constraints()} names them (each has the message
 * key {@code patrol.schedule.constraint.NAME}).
 */
public class ScheduleEditRefused extends DomainException {

	private static final long serialVersionUID = 1L;

	private final List<String> constraints;

	public ScheduleEditRefused(List<String> constraints) {
		super("error.patrol.schedule.edit-breaks",
				new DefaultMessageSourceResolvable("patrol.schedule.constraint." + constraints.getFirst()), constraints.size());
		this.constraints = List.copyOf(constraints);
	}

	public List<String> constraints() {
		return constraints;
	}
}
