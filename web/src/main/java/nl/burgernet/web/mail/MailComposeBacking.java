package nl.burgernet.web.mail;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.boundary.AreaSpecification.AreaKind;
import nl.burgernet.mail.boundary.BurgernetMails;
import nl.burgernet.mail.boundary.MailDraft;
import nl.burgernet.mail.boundary.NewsletterItems;
import nl.burgernet.mail.entity.BurgernetMail;
import nl.burgernet.mail.entity.MailKind;
import nl.burgernet.mail.entity.MailTemplate;
import nl.burgernet.mail.entity.NewsletterItem;
import nl.burgernet.mail.entity.RenderedMail;
import nl.burgernet.platform.boundary.ConflictException;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.reference.boundary.ReferenceData;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.web.action.AreaForm;
import nl.burgernet.web.action.AreaLookup;
import nl.burgernet.web.faces.Messages;

/**
 * /portal/burgernetmail/opstellen.xhtml[?id=N]: the composer, in four steps on one page: kind and
 * recipients (the whole municipality or a circle, polygon or postcodes in it, on the control room's
 * map, with the live count), text (template, subject, editor), preview and test mail, and offering
 * the mail for review or approval. Every action keeps the draft first.
 */
@Named("mailCompose")
@ViewScoped
public class MailComposeBacking extends MailTextForm {

  private static final long serialVersionUID = 1L;

  /** A mail goes to one municipality or a part of it: never to a list of municipalities. */
  private static final int CIRCLE_RADIUS_METRES = 300;

  private static final AreaKind[] MAIL_AREAS = {
    AreaKind.CIRCLE, AreaKind.POLYGON, AreaKind.POSTCODES
  };

  @Inject private BurgernetMails mails;

  @Inject private ReferenceData referenceData;

  @Inject private MailTexts texts;

  @Inject private AreaLookup areaLookup;

  @Inject private NewsletterItems newsletterItems;

  private String id;
  private Long mailId;
  private Long municipalityId;
  private boolean part;
  private AreaForm area = newArea();
  private Long templateId;
  private Long itemId;
  private Long reach;
  private String previewSubject;
  private String previewHtml;
  private String previewText;
  private transient List<Municipality> municipalities;
  private transient List<MailTemplate> templates;
  private transient List<NewsletterItem> items;

  /** A new mail starts as a prevention mail until the composer chooses another kind. */
  public MailComposeBacking() {
    super(MailKind.PREVENTION);
  }

  /** View action: an existing draft of the caller's, or a new one for their municipality. */
  public void load() {
    if (id != null && !id.isBlank()) {
      BurgernetMail mail = mails.mail(parse(id));
      if (!mail.getStatus().isEditable()) {
        throw new ConflictException("mail.notEditable");
      }
      mailId = mail.getId();
      showText(mail.getKind(), mail.getSubject(), mail.getBodyHtml());
      municipalityId = mail.getTargetMunicipalityId();
      Optional<AreaSpecification> kept = mails.area(mailId);
      part = kept.isPresent();
      kept.ifPresent(specification -> area = AreaForm.showing(specification, MAIL_AREAS));
    } else if (getMunicipalities().size() == 1) {
      municipalityId = getMunicipalities().get(0).getId();
    }
    updateReach();
  }

  /**
   * Counts again after a change of municipality or area; no count while the area is unfinished. A
   * refused area (e.g. postcodes of another municipality) says why in the page's messages.
   */
  public void updateReach() {
    reach = null;
    if (municipalityId == null || (part && area.specification().isEmpty())) {
      return;
    }
    reach = mails.reach(municipalityId, chosenArea());
  }

  /** A circle of a street or two until the sender makes it larger. */
  private static AreaForm newArea() {
    AreaForm form = AreaForm.offering(MAIL_AREAS);
    form.setRadiusMetres(CIRCLE_RADIUS_METRES);
    return form;
  }

  /** The area include's owner: the area changed. */
  public void recount() {
    updateReach();
  }

  /** The area include's owner: the circle goes around the typed address. */
  public void locate() {
    if (areaLookup.locate(area)) {
      updateReach();
    }
  }

  /** The chosen area, or null for the whole municipality (or an unfinished area). */
  private AreaSpecification chosenArea() {
    return part ? area.specification().orElse(null) : null;
  }

  public void applyTemplate() {
    getTemplateItems();
    templates.stream()
        .filter(template -> template.getId().equals(templateId))
        .findFirst()
        .ifPresent(this::showText);
  }

  /** Adds the regional bureau's item at the end of the text, to be edited there like the rest. */
  public void insertItem() {
    if (itemId != null) {
      setHtml((getHtml() == null ? "" : getHtml()) + newsletterItems.insertion(itemId));
    }
  }

  /** Keeps the draft. */
  public void save() {
    keep();
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, "mail.saved"));
  }

  public void preview() {
    RenderedMail preview = mails.preview(draft());
    previewSubject = preview.subject();
    previewHtml = preview.html();
    previewText = preview.text();
  }

  public void sendTest() {
    keep();
    String address = mails.sendTest(mailId);
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, "mail.test.sent", address));
  }

  /** Keeps the draft and offers it: to review, or approved where the author approves. */
  public String submit() {
    keep();
    mails.submit(mailId);
    return "/portal/burgernetmail/bericht?faces-redirect=true&id=" + mailId;
  }

  private void keep() {
    if (part && area.specification().isEmpty()) {
      throw new InvalidInputException("actionPage.area.incomplete");
    }
    BurgernetMail kept = mailId == null ? mails.compose(draft()) : mails.save(mailId, draft());
    mailId = kept.getId();
  }

  private MailDraft draft() {
    return new MailDraft(getKind(), getSubject(), getHtml(), municipalityId, chosenArea());
  }

  private static long parse(String id) {
    try {
      return Long.parseLong(id.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException("BurgernetMail", id);
    }
  }

  public List<Municipality> getMunicipalities() {
    if (municipalities == null) {
      municipalities = referenceData.municipalities();
    }
    return municipalities;
  }

  public List<SelectItem> getMunicipalityItems() {
    return getMunicipalities().stream()
        .map(municipality -> new SelectItem(municipality.getId(), municipality.getName()))
        .toList();
  }

  /** The region's templates, named with their kind. */
  public List<SelectItem> getTemplateItems() {
    if (templates == null) {
      templates = mails.templates();
    }
    return templates.stream()
        .map(
            template ->
                new SelectItem(
                    template.getId(),
                    template.getName() + " (" + texts.kind(template.getKind()) + ")"))
        .toList();
  }

  /** The region's newsletter items that are offered now. */
  public List<SelectItem> getNewsletterItems() {
    if (items == null) {
      items = newsletterItems.offered();
    }
    return items.stream().map(item -> new SelectItem(item.getId(), item.getTitle())).toList();
  }

  public List<SelectItem> getKindItems() {
    return texts.getKindItems();
  }

  public boolean isSaved() {
    return mailId != null;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Long getMailId() {
    return mailId;
  }

  public Long getMunicipalityId() {
    return municipalityId;
  }

  public void setMunicipalityId(Long municipalityId) {
    this.municipalityId = municipalityId;
  }

  public boolean isPart() {
    return part;
  }

  public void setPart(boolean part) {
    this.part = part;
  }

  public AreaForm getArea() {
    return area;
  }

  public Long getItemId() {
    return itemId;
  }

  public void setItemId(Long itemId) {
    this.itemId = itemId;
  }

  public Long getTemplateId() {
    return templateId;
  }

  public void setTemplateId(Long templateId) {
    this.templateId = templateId;
  }

  public Long getReach() {
    return reach;
  }

  public String getPreviewSubject() {
    return previewSubject;
  }

  public String getPreviewHtml() {
    return previewHtml;
  }

  public String getPreviewText() {
    return previewText;
  }
}
