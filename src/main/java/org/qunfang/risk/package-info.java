/**
 * Risk (风险): where and when cases are expected. A self-exciting space-time model (long-term background by
 * place and hour of week, plus the near-repeat effect of recent cases) fitted to each village's case
 * register, forecasting expected cases per patrol zone and hour of the week; it weighs the patrol
 * schedule through {@link org.qunfang.patrol.PatrolRiskWeights} and is shown as heat maps with the reasons
 * behind the top places and hours. {@code model} holds the model itself (plain Java, also used by the
 * evaluation on recorded incident data).
 */
package org.qunfang.risk;
