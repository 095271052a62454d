package nl.burgernet.web.mail;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.burgernet.mail.boundary.NewsletterItems;
import nl.burgernet.mail.entity.NewsletterItem;
import nl.burgernet.web.faces.Messages;

/**
 * /portal/burgernetmail/nieuwsbriefitems.xhtml: the regional bureau writes the items its
 * municipalities reuse in their newsletters, changes them and retires them.
 */
@Named("newsletterItems")
@ViewScoped
public class NewsletterItemsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private NewsletterItems items;

  private Long editing;
  private String title;
  private String html;
  private transient List<NewsletterItem> all;

  public List<NewsletterItem> getAll() {
    if (all == null) {
      all = items.all();
    }
    return all;
  }

  /** Puts the item into the form to change it. */
  public void edit(NewsletterItem item) {
    editing = item.getId();
    title = item.getTitle();
    html = item.getBodyHtml();
  }

  /** An empty form for a new item. */
  public void startNew() {
    editing = null;
    title = null;
    html = null;
  }

  public void save() {
    if (editing == null) {
      items.create(title, html);
    } else {
      items.change(editing, title, html);
    }
    startNew();
    all = null;
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, "newsletterItem.saved"));
  }

  public void retire(NewsletterItem item) {
    items.retire(item.getId());
    all = null;
    FacesContext context = FacesContext.getCurrentInstance();
    Messages.info(context, Messages.text(context, "newsletterItem.retired", item.getTitle()));
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getHtml() {
    return html;
  }

  public void setHtml(String html) {
    this.html = html;
  }
}
