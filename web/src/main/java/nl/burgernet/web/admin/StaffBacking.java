package nl.burgernet.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.burgernet.reference.boundary.ReferenceData;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.security.boundary.MyAccount;
import nl.burgernet.security.boundary.StaffAccounts;
import nl.burgernet.security.entity.Scope;
import nl.burgernet.security.entity.ScopeLevel;
import nl.burgernet.security.entity.StaffAccount;
import nl.burgernet.security.entity.StaffRole;
import nl.burgernet.web.faces.Labels;
import nl.burgernet.web.faces.Messages;

/**
 * /portal/beheer/medewerkers.xhtml: the functional administrator's list of staff accounts, with
 * dialogs to create and edit an account and to reset a password. The pickers offer only the regions
 * and municipalities in the administrator's own scope; the service checks it again.
 */
@Named("staffAdmin")
@ViewScoped
public class StaffBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private StaffAccounts staffAccounts;

  @Inject private ReferenceData referenceData;

  @Inject private MyAccount myAccount;

  @Inject private Labels labels;

  private List<StaffRow> rows = List.of();
  private List<StaffRow> filteredRows;

  private ScopeLevel callerLevel = ScopeLevel.NONE;
  private Long callerRegionId;

  private List<SelectItem> roleItems = List.of();
  private List<SelectItem> scopeLevelItems = List.of();
  private List<SelectItem> regionItems = List.of();
  private List<SelectItem> municipalityItems = List.of();

  private StaffForm form = new StaffForm();

  private StaffRow resetTarget;
  private String newPassword;

  /** View action on the first request of the page. */
  public void load() {
    Scope callerScope = myAccount.me().scope();
    callerLevel = callerScope.level();
    callerRegionId = callerScope.regionId();
    roleItems = roleItems();
    scopeLevelItems = scopeLevelItems(callerLevel);
    regionItems =
        referenceData.regions().stream()
            .map(region -> new SelectItem(region.getId(), region.getName()))
            .toList();
    municipalityItems = municipalityItems(referenceData.municipalities());
    reload();
  }

  private void reload() {
    rows = staffAccounts.all().stream().map(StaffRow::of).toList();
    filteredRows = null;
  }

  public void startCreate() {
    form =
        StaffForm.empty(
            callerLevel == ScopeLevel.NATIONAL ? ScopeLevel.REGION : callerLevel, callerRegionId);
  }

  public void startEdit(StaffRow row) {
    form = StaffForm.of(row);
  }

  /** Creates or updates; a refusal is shown by the exception handler and keeps the dialog open. */
  public void save() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (form.isCreating()) {
      StaffAccount created = staffAccounts.create(form.toNewAccount());
      Messages.info(context, Messages.text(context, "staff.created", created.getUsername()));
    } else {
      StaffAccount updated = staffAccounts.update(form.getId(), form.toChanges());
      Messages.info(context, Messages.text(context, "staff.updated", updated.getUsername()));
    }
    reload();
  }

  public void deactivate(StaffRow row) {
    changeActive(row, false, "staff.deactivated");
  }

  public void activate(StaffRow row) {
    changeActive(row, true, "staff.activated");
  }

  private void changeActive(StaffRow row, boolean active, String messageKey) {
    staffAccounts.update(row.getId(), StaffForm.of(row.withActive(active)).toChanges());
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, messageKey, row.getUsername()));
    reload();
  }

  public void startReset(StaffRow row) {
    resetTarget = row;
    newPassword = null;
  }

  public void resetPassword() {
    staffAccounts.resetPassword(resetTarget.getId(), newPassword);
    newPassword = null;
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(
        context, Messages.text(context, "staff.passwordReset", resetTarget.getUsername()));
  }

  /** The scope of a row as text, e.g. "Eenheid Midden-Nederland". */
  public String scopeOf(StaffRow row) {
    return labels.scope(row.getScopeLevel(), row.getMunicipalityName(), row.getRegionName());
  }

  public String rolesOf(StaffRow row) {
    return labels.roles(row.getRoles());
  }

  private List<SelectItem> roleItems() {
    List<SelectItem> items = new ArrayList<>();
    for (StaffRole role : StaffRole.values()) {
      items.add(new SelectItem(role, labels.role(role)));
    }
    return List.copyOf(items);
  }

  /** An administrator hands out no wider scope than their own. */
  private List<SelectItem> scopeLevelItems(ScopeLevel level) {
    List<ScopeLevel> levels =
        switch (level) {
          case NATIONAL -> List.of(ScopeLevel.NATIONAL, ScopeLevel.REGION, ScopeLevel.MUNICIPALITY);
          case REGION -> List.of(ScopeLevel.REGION, ScopeLevel.MUNICIPALITY);
          case MUNICIPALITY -> List.of(ScopeLevel.MUNICIPALITY);
          case NONE -> List.of();
        };
    return levels.stream()
        .map(scopeLevel -> new SelectItem(scopeLevel, labels.scopeLevel(scopeLevel)))
        .toList();
  }

  /** Municipalities grouped by region, in the order the service returns them. */
  private static List<SelectItem> municipalityItems(List<Municipality> municipalities) {
    Map<String, List<SelectItem>> byRegion = new LinkedHashMap<>();
    for (Municipality municipality : municipalities) {
      byRegion
          .computeIfAbsent(municipality.getRegion().getName(), name -> new ArrayList<>())
          .add(new SelectItem(municipality.getId(), municipality.getName()));
    }
    List<SelectItem> groups = new ArrayList<>();
    byRegion.forEach(
        (regionName, items) ->
            groups.add(
                new SelectItemGroup(regionName, null, false, items.toArray(SelectItem[]::new))));
    return List.copyOf(groups);
  }

  public boolean isRegionPicker() {
    return form.getScopeLevel() == ScopeLevel.REGION;
  }

  public boolean isMunicipalityPicker() {
    return form.getScopeLevel() == ScopeLevel.MUNICIPALITY;
  }

  public List<StaffRow> getRows() {
    return rows;
  }

  public List<StaffRow> getFilteredRows() {
    return filteredRows;
  }

  public void setFilteredRows(List<StaffRow> filteredRows) {
    this.filteredRows = filteredRows;
  }

  public List<SelectItem> getRoleItems() {
    return roleItems;
  }

  public List<SelectItem> getScopeLevelItems() {
    return scopeLevelItems;
  }

  public List<SelectItem> getRegionItems() {
    return regionItems;
  }

  public List<SelectItem> getMunicipalityItems() {
    return municipalityItems;
  }

  public StaffForm getForm() {
    return form;
  }

  public StaffRow getResetTarget() {
    return resetTarget;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
