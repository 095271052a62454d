package nl.burgernet.web.participant;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import nl.burgernet.participant.boundary.MailTemplates;
import nl.burgernet.participant.boundary.RegionMailText;
import nl.burgernet.participant.control.MailText;
import nl.burgernet.participant.entity.ParticipantMailKind;
import nl.burgernet.reference.boundary.ReferenceData;
import nl.burgernet.reference.entity.Region;
import nl.burgernet.security.entity.ScopeLevel;
import nl.burgernet.web.faces.Messages;
import nl.burgernet.web.portal.CurrentStaff;

/**
 * /portal/mailteksten.xhtml: the region's own texts of the participant mails, with the placeholders
 * each may use, a preview with example values, saving and going back to the default. A regional
 * bureau edits its own region; a national administrator first picks the region.
 */
@Named("mailTemplates")
@ViewScoped
public class MailTemplatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MailTemplates templates;

  @Inject private ReferenceData referenceData;

  @Inject private CurrentStaff staff;

  private Long regionId;
  private ParticipantMailKind kind = ParticipantMailKind.CONFIRM;
  private String subject;
  private String body;
  private boolean own;
  private String previewSubject;
  private String previewBody;
  private List<SelectItem> regionItems = List.of();

  /** View action: the caller's region (or the first one) and its confirmation mail. */
  public void load() {
    if (isNational()) {
      List<Region> regions = referenceData.regions();
      regionItems =
          regions.stream().map(region -> new SelectItem(region.getId(), region.getName())).toList();
      regionId = regions.isEmpty() ? null : regions.get(0).getId();
    } else if (staff.getAccount().getRegion() != null) {
      regionId = staff.getAccount().getRegion().getId();
    }
    show();
  }

  /** Shows the text of the chosen region and mail. */
  public void show() {
    if (regionId == null) {
      return;
    }
    show(templates.text(regionId, kind));
  }

  public void preview() {
    MailText example = templates.preview(kind, subject, body);
    previewSubject = example.subject();
    previewBody = example.body();
  }

  public void save() {
    show(templates.save(regionId, kind, subject, body));
    done("mailTemplate.saved");
  }

  public void reset() {
    show(templates.reset(regionId, kind));
    done("mailTemplate.reset.done");
  }

  private void show(RegionMailText text) {
    subject = text.text().subject();
    body = text.text().body();
    own = text.own();
    previewSubject = null;
    previewBody = null;
  }

  private void done(String key) {
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, key));
  }

  /** The name of the region whose text is shown, so the user sees which one they edit. */
  public String getRegionName() {
    if (!isNational()) {
      return staff.getAccount().getRegion() == null ? "" : staff.getAccount().getRegion().getName();
    }
    return regionItems.stream()
        .filter(item -> item.getValue().equals(regionId))
        .map(SelectItem::getLabel)
        .findFirst()
        .orElse("");
  }

  public boolean isNational() {
    return staff.getAccount().getScopeLevel() == ScopeLevel.NATIONAL;
  }

  public List<SelectItem> getKindItems() {
    FacesContext context = FacesContext.getCurrentInstance();
    return Arrays.stream(ParticipantMailKind.values())
        .map(value -> new SelectItem(value, Messages.text(context, "mailTemplate.kind." + value)))
        .toList();
  }

  /** The placeholders of the chosen mail as they are typed, e.g. "{naam}". */
  public List<String> getPlaceholders() {
    return kind.placeholders().stream().map(name -> "{" + name + "}").toList();
  }

  public List<SelectItem> getRegionItems() {
    return regionItems;
  }

  public Long getRegionId() {
    return regionId;
  }

  public void setRegionId(Long regionId) {
    this.regionId = regionId;
  }

  public ParticipantMailKind getKind() {
    return kind;
  }

  public void setKind(ParticipantMailKind kind) {
    this.kind = kind;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public boolean isOwn() {
    return own;
  }

  public String getPreviewSubject() {
    return previewSubject;
  }

  public String getPreviewBody() {
    return previewBody;
  }
}
