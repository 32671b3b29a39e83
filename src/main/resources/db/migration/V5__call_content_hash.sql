-- What the sync last stored of each call, as a hash of the call Gong sent (its media URLs aside, which Gong signs anew
-- on every read): a call read again unchanged (every look-back and refresh reads days of them) keeps its rows instead
-- of having them deleted and written again. NULL for calls stored before: they are written once more, then compared.
ALTER TABLE gong_call ADD COLUMN content_hash VARCHAR(64);

-- The CRM fields' JSON was written for every CRM object of every call and read by nothing: a quarter of a page's text.
-- Gong keeps the fields; CallDeck shows which CRM objects a call is linked to.
ALTER TABLE call_crm_object DROP COLUMN fields_json;
