package org.qunfang.patrol.schedule;

/** Settings the constraints read: the least rest between two shifts of one member. */
public record PlanSettings(int minRestHours) {
}
