const Workshop = () => {
    return (
        <div className="text-justify">
{/*             <span className="font-bold text-[1.3em]">The Workshop has been successfully held. We are thankful to all organizers, authors, reviews, challenge participants, invited speakers and attendees. We look forward to your attendance next time.</span>
            <br/> <br/> <br/> */}
           <p>
            Many ambiguous objects are difficult to be recognized or detected in real life scenarios. Recently, there exist new trends of detecting such challenging objects, for example, camouflaged, transparent, or in-mirror objects in computer vision that attract lots of researchers’ attention. In fact, this problem is very challenging yet interesting in the research field due to lighting, occlusion, size variance, and ambiguity. Another notable problem lies on the rare data and small datasets. In practice, this research can be applied into different applications, i.e., wild-life preservation, camouflage material, search and rescue mission, or even medical image analysis.
           </p>
           <br/>
           <p>
            The main objective of this workshop is to advance multimedia research in analyzing ambiguous objects, including camouflaged, transparent, in-mirror, and amodal objects, etc. The ability to autonomously identify such objects plays a crucial role in various domains, such as search-and-rescue operations, wildlife discovery and conservation, and medical diagnostics (e.g., polyp detection and segmentation, COVID-19 identification from lung X-rays). In multimedia forensics, advanced techniques are essential for detecting and segmenting manipulated images and videos, combating deep fake content, and ensuring digital media integrity. Moreover, advancements in ambiguous object recognition can enhance augmented reality (AR) and virtual reality (VR) experiences, improve scene understanding in video analysis, and refine content moderation systems for social media platforms.
           </p>

        </div>
    )
}
export default Workshop;
