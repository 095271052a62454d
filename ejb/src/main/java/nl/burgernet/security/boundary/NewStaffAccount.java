package nl.burgernet.security.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import nl.burgernet.security.entity.ScopeLevel;
import nl.burgernet.security.entity.StaffRole;

/** What a functional administrator fills in to give a colleague access to the portal. */
public record NewStaffAccount(
    @NotBlank(message = "{staff.username.required}") String username,
    @NotBlank(message = "{staff.displayName.required}") @Size(max = 120) String displayName,
    @NotBlank(message = "{staff.email.required}")
        @Email(message = "{staff.email.invalid}")
        @Size(max = 254)
        String email,
    @NotBlank(message = "{staff.password.required}") String initialPassword,
    @NotEmpty(message = "{staff.roles.required}") Set<StaffRole> roles,
    @NotNull(message = "{staff.scope.required}") ScopeLevel scopeLevel,
    Long regionId,
    Long municipalityId) {}
