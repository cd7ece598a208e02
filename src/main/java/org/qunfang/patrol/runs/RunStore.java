package org.qunfang.patrol.runs;

import static org.qunfang.patrol.runs.DutyRoster.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.qunfang.identity.ScopeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of patrol runs, check-ins and run photos. */
@Component
class RunStore {

	private static final String RUN = """
			select r.id, r.county_id, r.village_id, r.scope_path, r.shift_id, r.user_id, r.resident_id, r.started_at,
			  r.started_client, r.ended_at, r.status, r.note from patrol_run r""";
	private static final String CHECKIN = """
			select c.id, c.run_id, c.checkpoint_id, k.name, z.name, c.client_time, c.received_at, c.latitude, c.longitude, c.note
			from patrol_checkin c join patrol_checkpoint k on k.id = c.checkpoint_id join patrol_zone z on z.id = k.zone_id""";

	private final JdbcClient jdbc;

	RunStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertRun(long id, long countyId, long villageId, String path, Long shiftId, long userId, Long residentId,
			String clientKey, Instant now, Instant clientTime, String note) {
		jdbc.sql("""
				insert into patrol_run (id, county_id, village_id, scope_path, shift_id, user_id, resident_id, client_key,
				  started_at, started_client, status, note)
				values (:id, :c, :v, :path, :shift, :u, :r, :key, :now, :client, 'ACTIVE', :note)""")
			.param("id", id).param("c", countyId).param("v", villageId).param("path", path).param("shift", shiftId)
			.param("u", userId).param("r", residentId).param("key", clientKey).param("now", utc(now))
			.param("client", utc(clientTime)).param("note", note).update();
	}

	Optional<PatrolRun> runByKey(long userId, String clientKey) {
		return jdbc.sql(RUN + " where r.user_id = :u and r.client_key = :k").param("u", userId).param("k", clientKey)
			.query((rs, n) -> run(rs)).optional();
	}

	Optional<PatrolRun> run(long countyId, long runId) {
		return jdbc.sql(RUN + " where r.county_id = :c and r.id = :id").param("c", countyId).param("id", runId)
			.query((rs, n) -> run(rs)).optional();
	}

	/** A run inside a jurisdiction. */
	Optional<PatrolRun> run(ScopeFilter scope, long runId) {
		return scope.bind(jdbc.sql(RUN + " where r.id = :id and " + scope.sql())).param("id", runId).query((rs, n) -> run(rs))
			.optional();
	}

	/** The user's open runs started since the instant, newest first. */
	List<PatrolRun> openRuns(long countyId, long userId, Instant since) {
		return jdbc.sql(RUN + " where r.county_id = :c and r.user_id = :u and r.status = 'ACTIVE' and r.started_at >= :since"
				+ " order by r.started_at desc, r.id desc")
			.param("c", countyId).param("u", userId).param("since", utc(since)).query((rs, n) -> run(rs)).list();
	}

	/** The runs inside a jurisdiction started in an interval, newest first. */
	List<PatrolRun> runs(ScopeFilter scope, Instant from, Instant to, int limit) {
		return scope.bind(jdbc.sql(RUN + " where " + scope.sql() + " and r.started_at >= :from and r.started_at < :to"
				+ " order by r.started_at desc, r.id desc limit :limit"))
			.param("from", utc(from)).param("to", utc(to)).param("limit", limit).query((rs, n) -> run(rs)).list();
	}

	/** Whether the resident already has a run on the shift. */
	boolean patrolled(long shiftId, long residentId) {
		return jdbc.sql("select count(*) from patrol_run where shift_id = :s and resident_id = :r").param("s", shiftId)
			.param("r", residentId).query(Long.class).single() > 0;
	}

	boolean end(long countyId, long runId, Instant now, Instant clientTime, String note) {
		return jdbc.sql("""
				update patrol_run set status = 'ENDED', ended_at = :now, ended_client = :client,
				  note = coalesce(:note, note) where county_id = :c and id = :id and status = 'ACTIVE'""")
			.param("now", utc(now)).param("client", utc(clientTime)).param("note", note).param("c", countyId)
			.param("id", runId).update() == 1;
	}

	void insertCheckin(long id, PatrolRun run, long checkpointId, long userId, String clientKey, Instant clientTime,
			Instant now, Double latitude, Double longitude, String note) {
		jdbc.sql("""
				insert into patrol_checkin (id, run_id, checkpoint_id, county_id, scope_path, user_id, client_key, client_time,
				  received_at, latitude, longitude, note)
				values (:id, :run, :k, :c, :path, :u, :key, :client, :now, :lat, :lon, :note)""")
			.param("id", id).param("run", run.id()).param("k", checkpointId).param("c", run.countyId())
			.param("path", run.scopePath()).param("u", userId).param("key", clientKey).param("client", utc(clientTime))
			.param("now", utc(now)).param("lat", latitude).param("lon", longitude).param("note", note).update();
	}

	Optional<Checkin> checkinByKey(long userId, String clientKey) {
		return jdbc.sql(CHECKIN + " where c.user_id = :u and c.client_key = :key").param("u", userId).param("key", clientKey)
			.query((rs, n) -> checkin(rs)).optional();
	}

	List<Checkin> checkins(long countyId, long runId) {
		return jdbc.sql(CHECKIN + " where c.county_id = :c and c.run_id = :r order by c.received_at, c.id")
			.param("c", countyId).param("r", runId).query((rs, n) -> checkin(rs)).list();
	}

	void addPhoto(PatrolRun run, long attachmentId, String clientKey) {
		jdbc.sql("insert into patrol_photo (run_id, attachment_id, county_id, client_key) values (:r, :a, :c, :k)")
			.param("r", run.id()).param("a", attachmentId).param("c", run.countyId()).param("k", clientKey).update();
	}

	Optional<Long> photoByKey(PatrolRun run, String clientKey) {
		return jdbc.sql("select attachment_id from patrol_photo where run_id = :r and client_key = :k").param("r", run.id())
			.param("k", clientKey).query(Long.class).optional();
	}

	List<Long> photos(long countyId, long runId) {
		return jdbc.sql("select attachment_id from patrol_photo where county_id = :c and run_id = :r order by attachment_id")
			.param("c", countyId).param("r", runId).query(Long.class).list();
	}

	private static PatrolRun run(ResultSet rs) throws SQLException {
		return new PatrolRun(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), (Long) rs.getObject(5),
				rs.getLong(6), (Long) rs.getObject(7), instant(rs, 8), instant(rs, 9), instant(rs, 10), rs.getString(11),
				rs.getString(12));
	}

	private static Checkin checkin(ResultSet rs) throws SQLException {
		return new Checkin(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), instant(rs, 6),
				instant(rs, 7), (Double) rs.getObject(8), (Double) rs.getObject(9), rs.getString(10));
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}
}
