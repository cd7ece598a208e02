/**
 * Patrol (巡逻): zones and QR checkpoints, shift patterns, schedules built by a constraint solver, patrol
 * runs recorded from a phone with check-ins, and the detection of missed patrols. Other modules learn of
 * patrols through {@link org.qunfang.patrol.PatrolCompleted} and {@link org.qunfang.patrol.PatrolMissed};
 * the risk model weights the schedule through {@link org.qunfang.patrol.PatrolRiskWeights}.
 */
package org.qunfang.patrol;
