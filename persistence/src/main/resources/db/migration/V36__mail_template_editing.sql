-- The regional bureau now keeps its region's Burgernetmail templates itself (issue 6): the version
-- guards against two people saving the same template at once; a retired template is no longer
-- offered in the composer but stays for what it was (mails keep their own copy of the text).
ALTER TABLE mail_template
  ADD COLUMN version    BIGINT       NOT NULL DEFAULT 0,
  ADD COLUMN retired_at TIMESTAMP(3) NULL;
