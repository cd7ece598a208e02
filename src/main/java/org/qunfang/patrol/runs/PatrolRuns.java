package org.qunfang.patrol.runs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.qunfang.identity.Caller;
import org.qunfang.patrol.PatrolCompleted;
import org.qunfang.patrol.PatrolPermissions;
import org.qunfang.patrol.runs.Members.Member;
import org.qunfang.patrol.zones.Checkpoint;
import org.qunfang.patrol.zones.PatrolZones;
import org.qunfang.platform.DomainException;
import org.qunfang.platform.IdGenerator;
import org.qunfang.platform.NotFoundException;
import org.qunfang.platform.attachment.Attachments;
import org.qunfang.platform.text.PlainText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Patrolling from a phone (B4): start a run, check in at checkpoints by their QR codes, add photos, end
 * the run. Every write carries a key the phone made, so a request retried over a bad link records once:
 * the same key returns the first record.
 */
@Service
public class PatrolRuns {

	/** What today looks like to a member: their shifts around now and the run they have open. */
	public record Today(boolean member, boolean matched, List<Duty> duties, Optional<Duty> onDuty,
			Optional<PatrolRun> run, List<Checkin> checkins) {
	}

	/** A check-in as recorded; {@code replayed} when the key had already recorded it. */
	public record Recorded(Checkin checkin, boolean replayed) {
	}

	private static final Duration OPEN_RUN_AGE = Duration.ofHours(24);

	private final RunStore store;
	private final Members members;
	private final DutyRoster roster;
	private final PatrolZones zones;
	private final Attachments attachments;
	private final IdGenerator ids;
	private final Clock clock;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;
	private final RunFacts facts;
	private final Duration graceBefore;
	private final Duration graceAfter;

	PatrolRuns(RunStore store, Members members, DutyRoster roster, PatrolZones zones, Attachments attachments,
			IdGenerator ids, Clock clock, TransactionTemplate transactions, ApplicationEventPublisher events, RunFacts facts,
			@Value("${qunfang.patrol.runs.grace-before:PT30M}") Duration graceBefore,
			@Value("${qunfang.patrol.runs.grace-after:PT1H}") Duration graceAfter) {
		this.store = store;
		this.members = members;
		this.roster = roster;
		this.zones = zones;
		this.attachments = attachments;
		this.ids = ids;
		this.clock = clock;
		this.transactions = transactions;
		this.events = events;
		this.facts = facts;
		this.graceBefore = graceBefore;
		this.graceAfter = graceAfter;
	}

	/** The caller's shifts from twelve hours ago to a week ahead, the one they are on now, and their open run. */
	@Transactional(readOnly = true)
	public Today today(Caller caller) {
		caller.require(PatrolPermissions.RUN_RECORD);
		Instant now = clock.instant();
		Optional<Member> member = members.of(caller);
		List<Duty> duties = member.filter(m -> m.residentId() != null)
			.map(m -> roster.of(m.village().countyId(), m.residentId(), now.minus(Duration.ofHours(12)), now.plus(Duration.ofDays(7))))
			.orElse(List.of());
		Optional<PatrolRun> run = member.flatMap(m -> open(m, now));
		return new Today(member.isPresent(), member.map(m -> m.residentId() != null).orElse(false), duties,
				duties.stream().filter(d -> d.covers(now, graceBefore, graceAfter)).findFirst(), run,
				run.map(r -> store.checkins(r.countyId(), r.id())).orElse(List.of()));
	}

	/**
	 * Starts a run: on the shift the caller is on duty for now, or ad hoc. A caller with a run open gets
	 * that run; the same key again gets the run it started.
	 */
	public PatrolRun start(Caller caller, String clientKey, Instant clientTime, String note) {
		caller.require(PatrolPermissions.RUN_RECORD);
		String key = key(clientKey);
		Optional<PatrolRun> first = store.runByKey(caller.userId(), key);
		if (first.isPresent()) {
			return first.get();
		}
		try {
			return transactions.execute(tx -> {
				Member member = members.of(caller).orElseThrow(() -> new DomainException("error.patrol.run.no-village"));
				Instant now = clock.instant();
				Optional<PatrolRun> open = open(member, now);
				if (open.isPresent()) {
					return open.get();
				}
				Optional<Duty> duty = member.residentId() == null ? Optional.empty() : dutyNow(member, now);
				long id = ids.next();
				// A run on a shift belongs to the shift's village (a partner's member on a joint patrol patrols
				// there); an ad hoc run to the member's own.
				store.insertRun(id, member.village().countyId(), duty.map(Duty::villageId).orElse(member.village().id()),
						duty.map(Duty::scopePath).orElse(member.village().scopePath()), duty.map(Duty::shiftId).orElse(null),
						caller.userId(), member.residentId(), key, now, clientTime,
						PlainText.optional("patrol.run.note", note, 2000));
				return store.run(member.village().countyId(), id).orElseThrow();
			});
		}
		catch (DuplicateKeyException raced) {
			return store.runByKey(caller.userId(), key).orElseThrow(() -> raced);
		}
	}

	/** The checkpoint a scanned code names, if the code is genuine and current; else not found. */
	public Checkpoint checkpoint(String token) {
		return zones.byToken(token).orElseThrow(() -> new NotFoundException());
	}

	/**
	 * The caller's open run that may check in at the checkpoint (in the run's village or, on a joint patrol,
	 * in a village the shift patrols), or a refusal saying why they cannot check in there: no run open (not
	 * on duty), or on duty in another village.
	 */
	@Transactional(readOnly = true)
	public PatrolRun runFor(Caller caller, Checkpoint checkpoint) {
		caller.require(PatrolPermissions.RUN_RECORD);
		PatrolRun run = store.openRuns(caller.jurisdiction().countyId(), caller.userId(), clock.instant().minus(OPEN_RUN_AGE))
			.stream().findFirst().orElseThrow(() -> new DomainException("error.patrol.run.not-on-duty"));
		if (!facts.villages(run.countyId(), run.villageId(), run.shiftId()).contains(checkpoint.villageId())) {
			throw new DomainException("error.patrol.run.other-village", checkpoint.name());
		}
		return run;
	}

	/**
	 * Records a check-in at the checkpoint a scanned code names, once per key: the same key again returns
	 * the first check-in, even when it arrives after the run ended.
	 */
	public Recorded checkIn(Caller caller, String token, String clientKey, Instant clientTime, Double latitude,
			Double longitude, String note) {
		caller.require(PatrolPermissions.RUN_RECORD);
		String key = key(clientKey);
		Optional<Checkin> first = store.checkinByKey(caller.userId(), key);
		if (first.isPresent()) {
			return new Recorded(first.get(), true);
		}
		if ((latitude == null) != (longitude == null) || (latitude != null
				&& (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180))) {
			throw new DomainException("error.patrol.coordinates");
		}
		String text = PlainText.optional("patrol.checkin.note", note, 500);
		Instant now = clock.instant();
		try {
			return new Recorded(transactions.execute(tx -> {
				Checkpoint checkpoint = checkpoint(token);
				PatrolRun run = runFor(caller, checkpoint);
				long id = ids.next();
				store.insertCheckin(id, run, checkpoint.id(), caller.userId(), key, clientTime, now, latitude, longitude, text);
				return new Checkin(id, run.id(), checkpoint.id(), checkpoint.name(), checkpoint.zoneName(), micros(clientTime),
						micros(now), latitude, longitude, text);
			}), false);
		}
		catch (DuplicateKeyException raced) {
			return new Recorded(store.checkinByKey(caller.userId(), key).orElseThrow(() -> raced), true);
		}
	}

	/** Ends the caller's run (ending an ended run changes nothing) and tells assessment it was done. */
	@Transactional
	public PatrolRun end(Caller caller, long runId, Instant clientTime, String note) {
		caller.require(PatrolPermissions.RUN_RECORD);
		PatrolRun run = own(caller, runId);
		Instant now = clock.instant();
		if (store.end(run.countyId(), run.id(), now, clientTime, PlainText.optional("patrol.run.note", note, 2000))) {
			PatrolRun ended = store.run(run.countyId(), run.id()).orElseThrow();
			List<Long> visited = store.checkins(run.countyId(), run.id()).stream().map(Checkin::checkpointId).distinct().toList();
			List<Long> planned = facts.plannedCheckpoints(run.countyId(), run.villageId(), run.shiftId());
			events.publishEvent(new PatrolCompleted(run.id(), run.countyId(), run.villageId(), run.scopePath(), run.shiftId(),
					facts.orgOfShift(run.shiftId()), run.residentId(), run.startedAt(), now,
					(int) visited.stream().filter(planned::contains).count(), planned.size()));
			return ended;
		}
		return run;
	}

	/**
	 * Adds a photo (PNG or JPEG) to the caller's run, once per key: an upload sent again with the same key
	 * returns the photo stored the first time.
	 */
	public long addPhoto(Caller caller, long runId, String clientKey, String fileName, byte[] content) {
		caller.require(PatrolPermissions.RUN_RECORD);
		PatrolRun run = own(caller, runId);
		String key = key(clientKey);
		Optional<Long> first = store.photoByKey(run, key);
		if (first.isPresent()) {
			return first.get();
		}
		try {
			return transactions.execute(tx -> {
				long attachment = attachments.store(run.countyId(), run.scopePath(), fileName, content,
						Set.of(Attachments.Kind.PNG, Attachments.Kind.JPEG), caller.username());
				store.addPhoto(run, attachment, key);
				return attachment;
			});
		}
		catch (DuplicateKeyException raced) {
			return store.photoByKey(run, key).orElseThrow(() -> raced);
		}
	}

	/** A run the caller made, or one inside their jurisdiction when they may view patrols. */
	@Transactional(readOnly = true)
	public PatrolRun run(Caller caller, long runId) {
		Optional<PatrolRun> own = store.run(caller.jurisdiction().countyId(), runId).filter(r -> r.userId() == caller.userId());
		if (own.isPresent()) {
			return own.get();
		}
		caller.require(PatrolPermissions.VIEW);
		return store.run(caller.jurisdiction().where("r"), runId).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<Checkin> checkins(Caller caller, long runId) {
		PatrolRun run = run(caller, runId);
		return store.checkins(run.countyId(), run.id());
	}

	@Transactional(readOnly = true)
	public List<Long> photos(Caller caller, long runId) {
		PatrolRun run = run(caller, runId);
		return store.photos(run.countyId(), run.id());
	}

	/** A photo of a run the caller may see. */
	@Transactional(readOnly = true)
	public Attachments.Attachment photo(Caller caller, long runId, long attachmentId) {
		PatrolRun run = run(caller, runId);
		if (!store.photos(run.countyId(), run.id()).contains(attachmentId)) {
			throw new NotFoundException();
		}
		return attachments.load(attachmentId).orElseThrow(NotFoundException::new);
	}

	/** The runs inside the caller's jurisdiction started in the interval, newest first. */
	@Transactional(readOnly = true)
	public List<PatrolRun> runs(Caller caller, Instant from, Instant to) {
		caller.require(PatrolPermissions.VIEW);
		return store.runs(caller.jurisdiction().where("r"), from, to, 500);
	}

	private PatrolRun own(Caller caller, long runId) {
		return store.run(caller.jurisdiction().countyId(), runId).filter(r -> r.userId() == caller.userId())
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * The shift a run started now is for: of the member's shifts whose window (with the grace periods)
	 * holds now, one they have not patrolled yet, the one starting nearest to now.
	 */
	private Optional<Duty> dutyNow(Member member, Instant now) {
		return roster.of(member.village().countyId(), member.residentId(), now.minus(graceAfter), now.plus(graceBefore)).stream()
			.filter(d -> d.covers(now, graceBefore, graceAfter))
			.sorted(java.util.Comparator.comparing((Duty d) -> store.patrolled(d.shiftId(), member.residentId()))
				.thenComparing(d -> Duration.between(d.start(), now).abs()))
			.findFirst();
	}

	private Optional<PatrolRun> open(Member member, Instant now) {
		return store.openRuns(member.village().countyId(), member.userId(), now.minus(OPEN_RUN_AGE)).stream().findFirst();
	}

	/** An instant as the database keeps it (microseconds), so a first answer and its replay agree. */
	private static Instant micros(Instant at) {
		return at == null ? null : at.plusNanos(500).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	private static String key(String clientKey) {
		if (clientKey == null || !clientKey.matches("[A-Za-z0-9_.:-]{8,80}")) {
			throw new DomainException("error.patrol.run.client-key");
		}
		return clientKey;
	}
}
