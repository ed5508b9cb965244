module.exports = {
  workshop2022: [
    {
      type: "doc",
      id: "2022/index",
      label: "About",
    },
    {
      type: "link",
      label: "CECAM",
      href: "https://www.cecam.org/workshop-details/machine-actionable-data-interoperability-for-chemical-sciences-madices-bridging-experiments-simulations-and-machine-learning-for-spectral-data-1165",
    },
    {
      type: "doc",
      id: "2022/objectives",
      label: "Objectives",
    },
    {
      type: "doc",
      id: "2022/organizers",
      label: "Organizers",
    },
    {
      type: "doc",
      id: "2022/sponsors",
      label: "Sponsors",
    },
    {
      type: "doc",
      id: "2022/speakers",
      label: "Speakers",
    },
    {
      type: "doc",
      id: "2022/program",
      label: "Program",
    },
    {
      type: "doc",
      id: "2022/report",
      label: "Scientific report",
    },
    {
      type: "link",
      label: "Discussions",
      href: "https://github.com/MADICES/MADICES-2022/discussions",
    },
  ],
  workshop2024: [
    {
      type: "doc",
      id: "2024/index",
      label: "About",
    },
    {
      type: "link",
      label: "CECAM",
      href: "https://www.cecam.org/workshop-details/machine-actionable-data-interoperability-for-the-chemical-sciences-madices-2-1321",
    },
    {
      type: "doc",
      id: "2024/objectives",
      label: "Objectives",
    },
    {
      type: "doc",
      id: "2024/organizers",
      label: "Organizers",
    },
    {
      type: "doc",
      id: "2024/sponsors",
      label: "Sponsors",
    },
    {
      type: "doc",
      id: "2024/program",
      label: "Program",
    },
    {
      type: "doc",
      id: "2024/gallery",
      label: "Gallery",
    },
    {
      type: "doc",
      id: "2024/report",
      label: "Scientific report",
    },
    {
      type: "link",
      label: "Discussions",
      href: "https://github.com/MADICES/MADICES-2024/discussions",
    },
  ],
  workshop2025: [
    {
      type: "doc",
      id: "2025/index",
      label: "About",
    },
    {
      type: "category",
      label: "Registration",
      collapsible: false,
      items: [
        {
          type: "link",
          label: "CECAM",
          href: "https://www.cecam.org/workshop-details/madices-3-machine-actionable-data-interoperability-for-the-chemical-sciences-1450",
        },
        {
          type: "link",
          label: "Indico",
          href: "https://indico.psi.ch/event/17805/registrations/",
        },
      ],
    },
    {
      type: "doc",
      id: "2025/objectives",
      label: "Objectives",
    },
    {
      type: "doc",
      id: "2025/organizers",
      label: "Organizers",
    },
    {
      type: "doc",
      id: "2025/sponsors",
      label: "Sponsors",
    },
    {
      type: "doc",
      id: "2025/program",
      label: "Program",
    },
    {
      type: "doc",
      id: "2025/gallery",
      label: "Gallery",
    },
    {
      type: "doc",
      id: "2025/report",
      label: "Scientific report",
    },
    {
      type: "link",
      label: "Discussions",
      href: "https://github.com/MADICES/MADICES-2025/discussions",
    },
  ],
};
