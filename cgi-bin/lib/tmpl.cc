// ctemplate shim: the only C++ in payband.  Every exception stays in here.
#include "config.h"

#include <dirent.h>
#include <string.h>

#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <unordered_map>
#include <vector>
#include <algorithm>

#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>
#include <ctemplate/template_dictionary.h>
#include <ctemplate/template_emitter.h>

#include "lib/tmpl.h"

namespace {

std::mutex cache_mu;
std::shared_ptr<ctemplate::TemplateCache> cache;

class WriterEmitter : public ctemplate::ExpandEmitter {
public:
	WriterEmitter(tmpl_writer w, void *ctx) : w_(w), ctx_(ctx) {}
	void Emit(char c) override { w_(ctx_, &c, 1); }
	void Emit(const std::string &s) override { w_(ctx_, s.data(), s.size()); }
	void Emit(const char *s) override { w_(ctx_, s, strlen(s)); }
	void Emit(const char *s, size_t n) override { w_(ctx_, s, n); }
private:
	tmpl_writer w_;
	void *ctx_;
};

void
set_err(char *err, size_t errsz, const std::string &msg)
{
	if (err != nullptr && errsz > 0)
		snprintf(err, errsz, "%s", msg.c_str());
}

// tmpl_dict is never defined: it is a TemplateDictionary seen from C.
tmpl_dict *
wrap(ctemplate::TemplateDictionary *d)
{
	return reinterpret_cast<tmpl_dict *>(d);
}

ctemplate::TemplateDictionary *
unwrap(tmpl_dict *d)
{
	return reinterpret_cast<ctemplate::TemplateDictionary *>(d);
}

const ctemplate::TemplateDictionary *
unwrap(const tmpl_dict *d)
{
	return reinterpret_cast<const ctemplate::TemplateDictionary *>(d);
}

} // namespace

extern "C" int
tmpl_load(const char *dir, char *err, size_t errsz)
{
	try {
		std::vector<std::string> files;
		DIR *dp = opendir(dir);
		if (dp == nullptr) {
			set_err(err, errsz, std::string("cannot open template directory ") + dir + ": " + strerror(errno));
			return -1;
		}
		while (struct dirent *de = readdir(dp)) {
			std::string n(de->d_name);
			if (n.size() > 4 && n.compare(n.size() - 4, 4, ".tpl") == 0)
				files.push_back(n);
		}
		closedir(dp);
		if (files.empty()) {
			set_err(err, errsz, std::string("no *.tpl files in ") + dir);
			return -1;
		}
		std::sort(files.begin(), files.end());
		auto fresh = std::make_shared<ctemplate::TemplateCache>();
		std::string root(dir);
		if (root.back() != '/')
			root += '/';
		if (!fresh->SetTemplateRootDirectory(root)) {
			set_err(err, errsz, "cannot set template root " + root);
			return -1;
		}
		for (const auto &f : files) {
			if (!fresh->LoadTemplate(f, ctemplate::STRIP_BLANK_LINES)) {
				set_err(err, errsz, "template " + root + f + " does not parse");
				return -1;
			}
		}
		fresh->Freeze();
		std::lock_guard<std::mutex> lk(cache_mu);
		cache = fresh;
		return 0;
	} catch (const std::exception &e) {
		set_err(err, errsz, std::string("template load: ") + e.what());
	} catch (...) {
		set_err(err, errsz, "template load: unknown error");
	}
	return -1;
}

extern "C" void
tmpl_shutdown(void)
{
	std::lock_guard<std::mutex> lk(cache_mu);
	cache.reset();
}

/*
 * Variable and section names as TemplateStrings whose global id is computed once per thread.
 * ctemplate hashes a name and takes its global id-map lock on every SetValue/ShowSection unless
 * the TemplateString already carries its id (the id_ is cached inside the object, and copies keep
 * it).  operator== is the public way to make a TemplateString compute its id.
 */
static const ctemplate::TemplateString &
name_of(const char *key)
{
	thread_local std::unordered_map<std::string, ctemplate::TemplateString> names;
	std::string	 k(key);
	auto		 it = names.find(k);

	if (it == names.end()) {
		it = names.emplace(k, ctemplate::TemplateString("")).first;
		// the key string lives in the map node: stable for the map's lifetime
		it->second.~TemplateString();
		new (&it->second) ctemplate::TemplateString(it->first.data(), it->first.size());
		(void)(it->second == it->second);	// computes and keeps the id
	}
	return it->second;
}

extern "C" tmpl_dict *
tmpl_dict_new(const char *name)
{
	try {
		return wrap(new ctemplate::TemplateDictionary(name));
	} catch (...) {
		abort();	// out of memory: same policy as xmalloc
	}
}

extern "C" void
tmpl_dict_free(tmpl_dict *d)
{
	delete unwrap(d);
}

extern "C" void
tmpl_set(tmpl_dict *d, const char *key, const char *value)
{
	try {
		unwrap(d)->SetValue(name_of(key), value == nullptr ? "" : value);
	} catch (...) {
		abort();
	}
}

extern "C" void
tmpl_set_int(tmpl_dict *d, const char *key, long value)
{
	try {
		unwrap(d)->SetIntValue(name_of(key), value);
	} catch (...) {
		abort();
	}
}

extern "C" void
tmpl_set_global(tmpl_dict *d, const char *key, const char *value)
{
	try {
		unwrap(d)->SetTemplateGlobalValue(key, value == nullptr ? "" : value);
	} catch (...) {
		abort();
	}
}

extern "C" void
tmpl_show(tmpl_dict *d, const char *section)
{
	try {
		unwrap(d)->ShowSection(name_of(section));
	} catch (...) {
		abort();
	}
}

extern "C" tmpl_dict *
tmpl_add_section(tmpl_dict *d, const char *section)
{
	try {
		return wrap(unwrap(d)->AddSectionDictionary(name_of(section)));
	} catch (...) {
		abort();
	}
}

extern "C" tmpl_dict *
tmpl_include(tmpl_dict *d, const char *name, const char *file)
{
	try {
		ctemplate::TemplateDictionary *c = unwrap(d)->AddIncludeDictionary(name);
		c->SetFilename(file);
		return wrap(c);
	} catch (...) {
		abort();
	}
}

extern "C" int
tmpl_expand(const char *file, const tmpl_dict *d, tmpl_writer w, void *ctx)
{
	try {
		std::shared_ptr<ctemplate::TemplateCache> c;
		{
			std::lock_guard<std::mutex> lk(cache_mu);
			c = cache;
		}
		if (!c)
			return -1;
		WriterEmitter e(w, ctx);
		return c->ExpandNoLoad(file, ctemplate::STRIP_BLANK_LINES, unwrap(d), nullptr, &e) ? 0 : -1;
	} catch (...) {
		return -1;
	}
}
