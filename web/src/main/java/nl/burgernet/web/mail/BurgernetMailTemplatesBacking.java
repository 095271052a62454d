package nl.burgernet.web.mail;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.burgernet.mail.boundary.BurgernetMailTemplates;
import nl.burgernet.mail.boundary.MailTemplateText;
import nl.burgernet.mail.entity.MailTemplate;
import nl.burgernet.web.faces.Messages;

/**
 * /portal/burgernetmail/sjablonen.xhtml: the regional bureau writes the templates its region's
 * composers start a mail from, changes them and retires them.
 */
@Named("regionMailTemplates")
@ViewScoped
public class BurgernetMailTemplatesBacking extends MailTextForm {

  private static final long serialVersionUID = 1L;

  @Inject private BurgernetMailTemplates templates;

  private Long editing;
  private String name;
  private transient List<MailTemplate> all;

  public List<MailTemplate> getAll() {
    if (all == null) {
      all = templates.all();
    }
    return all;
  }

  /** Puts the template into the form to change it. */
  public void edit(MailTemplate template) {
    editing = template.getId();
    name = template.getName();
    showText(template);
  }

  /** An empty form for a new template. */
  public void startNew() {
    editing = null;
    name = null;
    showText(null, null, null);
  }

  public void save() {
    MailTemplateText text = new MailTemplateText(getKind(), name, getSubject(), getHtml());
    if (editing == null) {
      templates.create(text);
    } else {
      templates.change(editing, text);
    }
    startNew();
    all = null;
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, "burgernetMailTemplate.saved"));
  }

  public void retire(MailTemplate template) {
    templates.retire(template.getId());
    all = null;
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(
        context, Messages.text(context, "burgernetMailTemplate.retired", template.getName()));
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
