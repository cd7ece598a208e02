package org.qunfang.patrol.web.api;

import java.net.URI;
import java.util.List;

import org.qunfang.identity.Caller;
import org.qunfang.patrol.zones.Checkpoint;
import org.qunfang.patrol.zones.Outline;
import org.qunfang.patrol.zones.PatrolZones;
import org.qunfang.patrol.zones.ZoneDetail;
import org.qunfang.patrol.zones.ZoneDraft;
import org.qunfang.patrol.zones.ZoneUpkeep;
import org.qunfang.platform.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A village's patrol zones and checkpoints: reading them (with outlines and retired ones), and keeping
 * them. Writing needs the zone-keeping permission; nothing outside the caller's jurisdiction is seen.
 */
@ApiController
@Tag(name = "patrol zones")
class ZonesApi {

	/** A zone as sent: {@code outline} is {@code [[lat, lon], …]} (3 to 100 points) or absent for none. */
	record ZoneBody(@Size(max = 100) String name, @Size(max = 500) String description, Double centerLat, Double centerLon,
			@Schema(description = "[[lat, lon], …]: 3 to 100 points, or absent for none",
					example = "[[28.2282, 112.9388], [28.2290, 112.9401], [28.2271, 112.9405]]") List<List<Double>> outline) {

		ZoneDraft draft() {
			return new ZoneDraft(name, description, centerLat, centerLon, Outline.fromCoordinates(outline));
		}
	}

	record CheckpointBody(@Size(max = 100) String name, Double latitude, Double longitude) {
	}

	record Adjacent(@NotNull Long zoneId) {
	}

	private final PatrolZones zones;
	private final ZoneUpkeep upkeep;

	ZonesApi(PatrolZones zones, ZoneUpkeep upkeep) {
		this.zones = zones;
		this.upkeep = upkeep;
	}

	@GetMapping("/patrol/villages/{villageId}/zones")
	@Operation(summary = "A village's zones with their outlines and checkpoints, by name; retired ones too when asked")
	List<ZoneDetail> list(Caller caller, @PathVariable long villageId,
			@RequestParam(defaultValue = "false") boolean retired) {
		return zones.details(caller, villageId, retired);
	}

	@GetMapping("/patrol/zones/{id}")
	@Operation(summary = "One zone with its outline and all its checkpoints")
	ZoneDetail get(Caller caller, @PathVariable long id) {
		return zones.detail(caller, id);
	}

	@PostMapping("/patrol/villages/{villageId}/zones")
	@Operation(summary = "Add a zone to a village; without a centre, one with an outline is centred on it")
	ResponseEntity<ZoneDetail> create(Caller caller, @PathVariable long villageId, @Valid @RequestBody ZoneBody body) {
		long id = zones.createZone(caller, villageId, body.draft());
		return ResponseEntity.created(URI.create(ApiController.ROOT + "/patrol/zones/" + id)).body(zones.detail(caller, id));
	}

	@PutMapping("/patrol/zones/{id}")
	@Operation(summary = "Replace a zone's name, description, centre and outline (an absent outline removes it)")
	ZoneDetail update(Caller caller, @PathVariable long id, @Valid @RequestBody ZoneBody body) {
		upkeep.updateZone(caller, id, body.draft());
		return zones.detail(caller, id);
	}

	@PostMapping("/patrol/zones/{id}/retire")
	@Operation(summary = "Retire a zone: its checkpoints no longer check in, nothing new is planned there")
	ZoneDetail retire(Caller caller, @PathVariable long id) {
		upkeep.retireZone(caller, id);
		return zones.detail(caller, id);
	}

	@PostMapping("/patrol/zones/{id}/reactivate")
	@Operation(summary = "Put a retired zone back in use")
	ZoneDetail reactivate(Caller caller, @PathVariable long id) {
		upkeep.reactivateZone(caller, id);
		return zones.detail(caller, id);
	}

	@PostMapping("/patrol/zones/{id}/adjacent")
	@Operation(summary = "Record that another zone in use is next to this one")
	ZoneDetail connect(Caller caller, @PathVariable long id, @Valid @RequestBody Adjacent body) {
		zones.connect(caller, id, body.zoneId());
		return zones.detail(caller, id);
	}

	@PostMapping("/patrol/zones/{id}/checkpoints")
	@Operation(summary = "Add a checkpoint to a zone in use; its QR code works from now on")
	ResponseEntity<Checkpoint> addCheckpoint(Caller caller, @PathVariable long id, @Valid @RequestBody CheckpointBody body) {
		long checkpoint = zones.addCheckpoint(caller, id, body.name(), body.latitude(), body.longitude());
		return ResponseEntity.created(URI.create(ApiController.ROOT + "/patrol/checkpoints/" + checkpoint))
			.body(zones.checkpoint(caller, checkpoint));
	}

	@GetMapping("/patrol/checkpoints/{id}")
	@Operation(summary = "One checkpoint")
	Checkpoint checkpoint(Caller caller, @PathVariable long id) {
		return zones.checkpoint(caller, id);
	}

	@PutMapping("/patrol/checkpoints/{id}")
	@Operation(summary = "Rename a checkpoint or change its coordinates; its printed QR codes stay valid")
	Checkpoint updateCheckpoint(Caller caller, @PathVariable long id, @Valid @RequestBody CheckpointBody body) {
		upkeep.updateCheckpoint(caller, id, body.name(), body.latitude(), body.longitude());
		return zones.checkpoint(caller, id);
	}

	@PostMapping("/patrol/checkpoints/{id}/retire")
	@Operation(summary = "Retire a checkpoint: its QR codes no longer check in")
	Checkpoint retireCheckpoint(Caller caller, @PathVariable long id) {
		upkeep.retireCheckpoint(caller, id);
		return zones.checkpoint(caller, id);
	}

	@PostMapping("/patrol/checkpoints/{id}/reactivate")
	@Operation(summary = "Put a retired checkpoint back in use (its zone must be in use)")
	Checkpoint reactivateCheckpoint(Caller caller, @PathVariable long id) {
		upkeep.reactivateCheckpoint(caller, id);
		return zones.checkpoint(caller, id);
	}

	@PostMapping("/patrol/checkpoints/{id}/revoke")
	@Operation(summary = "Revoke every QR code printed for a checkpoint so far; print it again")
	Checkpoint revoke(Caller caller, @PathVariable long id) {
		zones.revokeCodes(caller, id);
		return zones.checkpoint(caller, id);
	}
}
