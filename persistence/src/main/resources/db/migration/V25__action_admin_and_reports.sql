-- Webhook endpoints choose the events they are posted; endpoints registered before get them all.
ALTER TABLE webhook_endpoint
  ADD COLUMN events VARCHAR(40) NOT NULL DEFAULT 'CLOSED,STARTED,WIDENED' AFTER active;
