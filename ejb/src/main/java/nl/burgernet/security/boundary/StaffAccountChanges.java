package nl.burgernet.security.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import nl.burgernet.security.entity.ScopeLevel;
import nl.burgernet.security.entity.StaffRole;

/** A functional administrator's changes to an existing staff account. */
public record StaffAccountChanges(
    @NotBlank(message = "{staff.displayName.required}") @Size(max = 120) String displayName,
    @NotBlank(message = "{staff.email.required}")
        @Email(message = "{staff.email.invalid}")
        @Size(max = 254)
        String email,
    @NotEmpty(message = "{staff.roles.required}") Set<StaffRole> roles,
    @NotNull(message = "{staff.scope.required}") ScopeLevel scopeLevel,
    Long regionId,
    Long municipalityId,
    boolean active) {}
