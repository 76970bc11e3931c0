package de.ratsanfragen.organization;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The directory and the routing-tag reader for the triage screen and for checks. */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class OrganizationController {

    private final OrganizationDirectory directory;
    private final UnitViewMapper mapper;

    OrganizationController(OrganizationDirectory directory, UnitViewMapper mapper) {
        this.directory = directory;
        this.mapper = mapper;
    }

    record ParseRequest(@NotNull(message = "fehlt") @Size(max = RoutingTag.MAX_LENGTH, message = "ist länger als {max} Zeichen") String tag) {
    }

    @PostMapping(path = "/routing/parse", consumes = "application/json")
    RoutingTag parse(@Valid @RequestBody ParseRequest request) {
        return directory.parseRoutingTag(request.tag());
    }

    @GetMapping("/units")
    List<UnitView> units() {
        return mapper.toViews(directory.units());
    }
}
