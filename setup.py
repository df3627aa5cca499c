"""Only a build hook; the project is described in pyproject.toml.

ontology/, shapes/ and queries/ at the top of the checkout are the source of truth
(people edit them there). A wheel must carry them, so the build copies them into the
package as kg/data/<folder>/…; kg.inputs.resource_path reads the checkout in an editable
install and kg/data/ in an installed wheel (MANIFEST.in puts them in the sdist).
"""
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = {"ontology": ("*.ttl", "*.jsonld"), "shapes": ("*.ttl",), "queries": ("*.rq",)}


class BuildWithData(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout itself
        for folder, patterns in SHIPPED.items():
            for pattern in patterns:
                for src in sorted((ROOT / folder).glob(pattern)):
                    target = Path(self.build_lib) / "kg" / "data" / folder / src.name
                    self.mkpath(str(target.parent))
                    self.copy_file(str(src), str(target))


setup(cmdclass={"build_py": BuildWithData})
