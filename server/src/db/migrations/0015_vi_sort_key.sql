-- A sort key that orders Vietnamese names as Intl.Collator('vi') does at the first level, on PostgreSQL and
-- on PGlite alike (PGlite has no ICU, and unaccent folds đ into d and ă, â into a, which sorts Đặng among
-- the D's): tones are dropped, each letter is followed by its rank among a ă â, d đ, e ê, o ô ơ, u ư, and
-- the key is compared byte by byte (COLLATE "C" where it is used).
CREATE OR REPLACE FUNCTION vi_sort_key(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT replace(replace(replace(replace(replace(replace(replace(
    regexp_replace(translate(normalize($1, NFC), 'àáảãạAÀÁẢÃẠằắẳẵặĂẰẮẲẴẶầấẩẫậÂẦẤẨẪẬèéẻẽẹEÈÉẺẼẸềếểễệÊỀẾỂỄỆìíỉĩịIÌÍỈĨỊòóỏõọOÒÓỎÕỌồốổỗộÔỒỐỔỖỘờớởỡợƠỜỚỞỠỢùúủũụUÙÚỦŨỤừứửữựƯỪỨỬỮỰỳýỷỹỵYỲÝỶỸỴĐBCDFGHJKLMNPQRSTVWXZ', 'aaaaaaaaaaaăăăăăăăăăăăâââââââââââeeeeeeeeeeeêêêêêêêêêêêiiiiiiiiiiioooooooooooôôôôôôôôôôôơơơơơơơơơơơuuuuuuuuuuuưưưưưưưưưưưyyyyyyyyyyyđbcdfghjklmnpqrstvwxz'), '([a-z])', '\10', 'g'),
    'ă', 'a1'), 'â', 'a2'), 'đ', 'd1'), 'ê', 'e1'), 'ô', 'o1'), 'ơ', 'o2'), 'ư', 'u1') $$;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "staff_name_sort_idx" ON "staff" (vi_sort_key("full_name") COLLATE "C", "id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "applicants_name_sort_idx" ON "applicants" (vi_sort_key("name") COLLATE "C", "id");
